using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>Each test uses its own official of the shared world, so tests do not see each other's attempts.</summary>
public class AttemptServiceTests(AttemptWorld world) : IClassFixture<AttemptWorld>
{
    [Fact]
    public async Task StartOrResume_Twice_GivesTheSameAttempt_WithTheQuizQuestionsInFileOrder()
    {
        var official = world.Officials[0];

        var first = await world.Service().StartOrResumeAsync(official, world.PostTestId);
        var again = await world.Service().StartOrResumeAsync(official, world.PostTestId);
        var view = await world.Service().AttemptAsync(official, first);

        Assert.Equal(first, again);
        Assert.Equal(AttemptState.InProgress, view.State);
        Assert.Equal(AttemptWorld.Now.AddMinutes(20), view.Deadline);
        Assert.Equal(17, view.Questions.Count);
        Assert.Equal("Apa fungsi bagian pembiayaan dalam APBDes?", view.Questions[0].Text);
        Assert.Equal(17, view.Unanswered.Count);
    }

    [Fact]
    public async Task Answers_PersistAcrossANewService_AndAChangeReplacesTheAnswer()
    {
        var official = world.Officials[1];
        var id = await world.Service().StartOrResumeAsync(official, world.PreTestId);
        var right = await world.CorrectAnswersAsync(id);

        await world.Service().SaveAnswerAsync(official, id, 1, ChoiceResponse.One(1));
        await world.Service().SaveAnswerAsync(official, id, 1, right[1]);
        await world.Service().SaveAnswerAsync(official, id, 2, right[2]);
        var reloaded = await world.Service().AttemptAsync(official, id); // the "reload": a new service, new contexts

        Assert.Equal(right[1], reloaded.Questions[0].Response);
        Assert.Equal(right[2].ToString(), reloaded.Questions[1].Response?.ToString());
        Assert.True(reloaded.Questions[1].IsAnswered);
        Assert.Null(reloaded.Questions[2].Response);
        Assert.Equal(1, await world.Database.QueryAsync(db => db.AttemptQuestions.CountAsync(q => q.AttemptId == id && q.Number == 1)));
    }

    [Fact]
    public async Task Submit_AllRight_ScoresHundred_ReviewAsThePreTestAllows_OneAttemptOnly()
    {
        var official = world.Officials[2];
        var id = await world.Service().StartOrResumeAsync(official, world.PreTestId);
        foreach (var (number, response) in await world.CorrectAnswersAsync(id)) await world.Service().SaveAnswerAsync(official, id, number, response);

        var result = await world.Service().SubmitAsync(official, id);
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Service().StartOrResumeAsync(official, world.PreTestId));
        var outcome = await world.Outcomes().GetFinalOutcomeAsync(official, world.PreTestId);

        Assert.Equal(AttemptState.Graded, result.State);
        Assert.Equal(100m, result.ScorePercent);
        Assert.True(result.Passed);
        Assert.Equal(ReviewOptions.ScoreOnly, result.Review);
        Assert.Empty(result.Questions);
        Assert.Contains("hanya boleh dikerjakan satu kali", refused.Message);
        Assert.Equal(100m, outcome!.ScorePercent);
        Assert.True(outcome.Passed);
        Assert.False(outcome.Pending);
    }

    [Fact]
    public async Task PostTest_WithAnEssay_IsPendingUntilGraded_ReviewShowsKeysAndFeedback()
    {
        var official = world.Officials[3];
        var id = await world.Service().StartOrResumeAsync(official, world.PostTestId);
        await world.Service().SaveAnswerAsync(official, id, 17, new TextResponse("Pendapatan transfer 1,2 miliar; belanja bidang 2 terbesar."));
        var right = await world.CorrectAnswersAsync(id);
        await world.Service().SaveAnswerAsync(official, id, 1, right[1]);

        var review = await world.Service().SubmitAsync(official, id);
        var outcome = await world.Outcomes().GetFinalOutcomeAsync(official, world.PostTestId);

        Assert.Equal(AttemptState.Submitted, review.State);
        Assert.True(review.IsPending);
        Assert.Equal(ReviewOptions.Feedback, review.Review);
        Assert.Equal(17, review.Questions.Count);
        Assert.True(review.Questions[0].IsCorrect);
        Assert.NotNull(review.Questions[1].CorrectAnswer);
        Assert.Equal("", review.Questions[1].YourAnswer);
        Assert.Equal(GradeStatus.NeedsManualGrading, review.Questions[16].Status);
        Assert.True(outcome!.Pending);
        Assert.False(outcome.Passed);
        Assert.Equal(await world.Outcomes().FindPostTestQuizIdAsync(await world.Database.QueryAsync(db => db.Quizzes.Where(q => q.Id == world.PostTestId).Select(q => q.CourseId).SingleAsync())), world.PostTestId);
    }

    [Fact]
    public async Task AnotherOfficial_IsRefusedEverywhere_AndChangesNothing()
    {
        var owner = world.Officials[4];
        var intruder = world.Officials[5];
        var id = await world.Service().StartOrResumeAsync(owner, world.PreTestId);

        var read = await Assert.ThrowsAsync<DomainException>(() => world.Service().AttemptAsync(intruder, id));
        var save = await Assert.ThrowsAsync<DomainException>(() => world.Service().SaveAnswerAsync(intruder, id, 1, ChoiceResponse.One(0)));
        var submit = await Assert.ThrowsAsync<DomainException>(() => world.Service().SubmitAsync(intruder, id));
        var review = await Assert.ThrowsAsync<DomainException>(() => world.Service().ReviewAsync(intruder, id));

        Assert.All([read, save, submit, review], e => Assert.Equal(AttemptService.NotYoursMessage, e.Message));
        var mine = await world.Service().AttemptAsync(owner, id);
        Assert.Equal(AttemptState.InProgress, mine.State);
        Assert.Null(mine.Questions[0].Response);
        Assert.DoesNotContain(await world.Service().MyAttemptsAsync(intruder), a => a.Id == id);
    }

    [Fact]
    public async Task NotEnrolled_IsRefused_InIndonesian()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Service().StartOrResumeAsync(world.NotEnrolled, world.PreTestId));
        var cards = await world.Service().CourseQuizzesAsync(world.NotEnrolled, AttemptWorld.CourseSlug);

        Assert.Equal(AttemptService.NotEnrolledMessage, refused.Message);
        Assert.All(cards, c => Assert.Equal(AttemptService.NotEnrolledMessage, c.StartRefusal));
    }

    [Fact]
    public async Task Deadline_IsEnforcedByTheServer_SaveAfterItSubmitsWithTheAnswersSavedBefore()
    {
        var official = world.Officials[6];
        var clock = new FakeTimeProvider(AttemptWorld.Now);
        var id = await world.Service(clock).StartOrResumeAsync(official, world.PreTestId);
        var right = await world.CorrectAnswersAsync(id);
        await world.Service(clock).SaveAnswerAsync(official, id, 1, right[1]);
        clock.Advance(TimeSpan.FromMinutes(15));

        var late = await Assert.ThrowsAsync<DomainException>(() => world.Service(clock).SaveAnswerAsync(official, id, 2, right[2]));
        var review = await world.Service(clock).ReviewAsync(official, id);
        var again = await Assert.ThrowsAsync<DomainException>(() => world.Service(clock).SaveAnswerAsync(official, id, 2, right[2]));

        Assert.Equal(QuizAttempt.TimeUpMessage, late.Message);
        Assert.Equal(QuizAttempt.AlreadySubmittedMessage, again.Message);
        Assert.True(review.AutoSubmitted);
        Assert.Equal(AttemptWorld.Now.AddMinutes(15), review.SubmittedAt);
        Assert.Equal(1m, review.MarksEarned);
    }

    [Fact]
    public async Task OpeningAfterTheDeadline_AutoSubmits_AndTheSweeperSubmitsTheForgotten()
    {
        var clock = new FakeTimeProvider(AttemptWorld.Now);
        var opened = await world.Service(clock).StartOrResumeAsync(world.Officials[7], world.PreTestId);
        var forgotten = await world.Service(clock).StartOrResumeAsync(world.Officials[8], world.PreTestId);
        clock.Advance(TimeSpan.FromMinutes(16));

        var view = await world.Service(clock).AttemptAsync(world.Officials[7], opened);
        var swept = await world.Service(clock).SubmitOverdueAsync();
        var sweptAgain = await world.Service(clock).SubmitOverdueAsync();

        Assert.Equal(AttemptState.Graded, view.State);
        Assert.True(swept >= 1);
        Assert.Equal(0, sweptAgain);
        Assert.Equal(AttemptState.Graded, (await world.Service(clock).ReviewAsync(world.Officials[8], forgotten)).State);
    }

    [Fact]
    public async Task TwentyRacingSubmits_OfOneAttempt_MakeExactlyOneGradedSubmission()
    {
        var official = world.Officials[9];
        var id = await world.Service().StartOrResumeAsync(official, world.PreTestId);
        foreach (var (number, response) in (await world.CorrectAnswersAsync(id)).Take(8)) await world.Service().SaveAnswerAsync(official, id, number, response);
        var before = world.Graded.Calls.Count(c => c.UserId == official);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => world.Service().SubmitAsync(official, id))));

        Assert.Equal(1, world.Graded.Calls.Count(c => c.UserId == official) - before);
        Assert.All(results, r => Assert.Equal(AttemptState.Graded, r.State));
        Assert.Single(results.Select(r => (r.SubmittedAt, r.ScorePercent)).Distinct());
        var rows = await world.Database.QueryAsync(db => db.QuizAttempts.Where(a => a.UserId == official && a.QuizId == world.PreTestId).ToListAsync());
        Assert.Single(rows);
        Assert.Equal(50m, rows[0].ScorePercent);
    }

    [Fact]
    public async Task RacingStartOrResume_CreatesOneAttempt()
    {
        var official = world.Officials[10];

        var ids = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => world.Service().StartOrResumeAsync(official, world.PostTestId))));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await world.Database.QueryAsync(db => db.QuizAttempts.CountAsync(a => a.UserId == official && a.QuizId == world.PostTestId)));
    }

    [Fact]
    public async Task TheDatabase_RefusesASecondAttemptInProgress_AndASecondRowForOneQuestion()
    {
        var official = world.Officials[11];
        var id = await world.Service().StartOrResumeAsync(official, world.PostTestId);

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => world.Database.QueryAsync(db =>
            db.Database.ExecuteSqlAsync($"""
                INSERT INTO QuizAttempts (QuizId, UserId, Number, StartedAt, State, AutoSubmitted, PassingScore, MarksPossible, RowVersion)
                SELECT QuizId, UserId, 2, StartedAt, 'InProgress', 0, PassingScore, MarksPossible, RowVersion FROM QuizAttempts WHERE Id = {id}
                """)));
        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => world.Database.QueryAsync(db =>
            db.Database.ExecuteSqlAsync($"""
                INSERT INTO AttemptQuestions (AttemptId, Number, BankQuestionId, Type, Text, TextFormat, GeneralFeedback, Mark, PartsJson, ChoiceOrder, FeedbackJson)
                SELECT AttemptId, Number, BankQuestionId, Type, Text, TextFormat, GeneralFeedback, Mark, PartsJson, ChoiceOrder, FeedbackJson FROM AttemptQuestions WHERE AttemptId = {id} AND Number = 1
                """)));

        Assert.Equal(1, await world.Database.QueryAsync(db => db.QuizAttempts.CountAsync(a => a.UserId == official && a.QuizId == world.PostTestId)));
    }

    [Fact]
    public async Task CourseQuizzes_ShowPreTestThenPostTest_WithStatus()
    {
        var official = world.Officials[12];
        var id = await world.Service().StartOrResumeAsync(official, world.PostTestId);

        var cards = await world.Service().CourseQuizzesAsync(official, AttemptWorld.CourseSlug);

        Assert.Equal([QuizPurpose.PreTest, QuizPurpose.PostTest], cards.Select(c => c.Purpose));
        Assert.True(cards[0].CanStart);
        Assert.Equal(16, cards[0].QuestionCount);
        Assert.Equal(id, cards[1].InProgressAttemptId);
        Assert.Equal(1, cards[1].AttemptsUsed);
        Assert.Null(cards[1].Final);
    }
}
