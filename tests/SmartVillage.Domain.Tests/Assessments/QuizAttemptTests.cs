using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class QuizAttemptTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);

    private static readonly IReadOnlyDictionary<int, Question> Bank = new Dictionary<int, Question>
    {
        [1] = SampleQuestions.SingleChoice(),
        [2] = SampleQuestions.TrueFalse(),
        [3] = SampleQuestions.Essay(),
        [4] = SampleQuestions.Description(),
        [5] = SampleQuestions.Matching(),
    };

    private static Quiz PublishedQuiz(QuizSettings? settings = null, params int[] questionIds)
    {
        var quiz = new Quiz(1, "Post-test APBDes", QuizPurpose.PostTest, settings ?? new QuizSettings(TimeLimitMinutes: 20, AttemptsAllowed: 2, PassingScore: 70), Start.AddDays(-1));
        foreach (var id in questionIds.Length == 0 ? [1, 2] : questionIds) quiz.AddQuestion(id, Start.AddDays(-1));
        quiz.Publish(new Dictionary<int, int>(), Start.AddDays(-1));
        return quiz;
    }

    private QuizAttempt StartAttempt(Quiz quiz, int previous = 0) =>
        QuizAttempt.Start(quiz, "siti", previous, QuestionDraw.Draw(quiz, Bank, new Dictionary<int, IReadOnlyList<int>>(), new Random(1)), _clock.GetUtcNow());

    [Fact]
    public void Start_DeadlineIsStartPlusTimeLimit_CappedByClosing()
    {
        var open = StartAttempt(PublishedQuiz());
        var closing = StartAttempt(PublishedQuiz(new QuizSettings(TimeLimitMinutes: 20, ClosesAt: Start.AddMinutes(5))));
        var unlimited = StartAttempt(PublishedQuiz(new QuizSettings()));

        Assert.Equal(Start.AddMinutes(20), open.Deadline);
        Assert.Equal(Start.AddMinutes(5), closing.Deadline);
        Assert.Null(unlimited.Deadline);
        Assert.Equal(1, open.Number);
        Assert.Equal(AttemptState.InProgress, open.State);
        Assert.Equal([1, 2], open.Questions.Select(q => q.Number));
    }

    [Fact]
    public void Answer_IsSavedAsGiven_AndReplacedOnChange()
    {
        var attempt = StartAttempt(PublishedQuiz());
        var version = attempt.RowVersion;

        attempt.Answer(1, ChoiceResponse.One(2), _clock.GetUtcNow());
        attempt.Answer(1, ChoiceResponse.One(0), _clock.GetUtcNow());

        Assert.Equal(ChoiceResponse.One(0), attempt.Question(1).Response);
        Assert.True(attempt.Question(1).IsAnswered);
        Assert.False(attempt.Question(2).IsAnswered);
        Assert.NotEqual(version, attempt.RowVersion);
    }

    [Fact]
    public void Answer_OfTheWrongShapeOrToADescription_IsRefused()
    {
        var attempt = StartAttempt(PublishedQuiz(null, 1, 4));

        var shape = Assert.Throws<DomainException>(() => attempt.Answer(1, new TrueFalseResponse(true), Start));
        var missingOption = Assert.Throws<DomainException>(() => attempt.Answer(1, ChoiceResponse.One(9), Start));
        var description = Assert.Throws<DomainException>(() => attempt.Answer(2, new TextResponse("x"), Start));
        var noSuch = Assert.Throws<DomainException>(() => attempt.Answer(7, new TextResponse("x"), Start));

        Assert.Contains("tidak cocok", shape.Message);
        Assert.Contains("tidak cocok", missingOption.Message);
        Assert.Contains("hanya bacaan", description.Message);
        Assert.Contains("nomor 7", noSuch.Message);
        Assert.Null(attempt.Question(1).Response);
    }

    [Fact]
    public void Answer_AfterTheDeadline_IsRefused()
    {
        var attempt = StartAttempt(PublishedQuiz());
        _clock.Advance(TimeSpan.FromMinutes(20));

        var e = Assert.Throws<DomainException>(() => attempt.Answer(1, ChoiceResponse.One(0), _clock.GetUtcNow()));

        Assert.Equal(QuizAttempt.TimeUpMessage, e.Message);
        Assert.True(attempt.IsOverdue(_clock.GetUtcNow()));
    }

    [Fact]
    public void Submit_GradesEveryQuestion_ScoreAndPassed()
    {
        var attempt = StartAttempt(PublishedQuiz());
        attempt.Answer(1, ChoiceResponse.One(0), Start);   // correct: 1 mark
        attempt.Answer(2, new TrueFalseResponse(true), Start); // wrong: 0
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.True(attempt.Submit(_clock.GetUtcNow()));

        Assert.Equal(AttemptState.Graded, attempt.State);
        Assert.Equal(50m, attempt.ScorePercent);
        Assert.False(attempt.Passed);
        Assert.Equal(Start.AddMinutes(3), attempt.SubmittedAt);
        Assert.False(attempt.AutoSubmitted);
        Assert.Equal(1m, attempt.Question(1).Fraction);
        Assert.Equal(0m, attempt.Question(2).Fraction);
        Assert.Equal(["Keliru: Dana Desa dari APBN."], attempt.Question(2).Feedback);
    }

    [Fact]
    public void Submit_Twice_ChangesNothingTheSecondTime()
    {
        var attempt = StartAttempt(PublishedQuiz());
        attempt.Answer(1, ChoiceResponse.One(0), Start);
        attempt.Submit(Start.AddMinutes(1));
        var version = attempt.RowVersion;

        Assert.False(attempt.Submit(Start.AddMinutes(2)));
        var late = Assert.Throws<DomainException>(() => attempt.Answer(2, new TrueFalseResponse(false), Start.AddMinutes(2)));

        Assert.Equal(version, attempt.RowVersion);
        Assert.Equal(Start.AddMinutes(1), attempt.SubmittedAt);
        Assert.Equal(QuizAttempt.AlreadySubmittedMessage, late.Message);
    }

    [Fact]
    public void SubmitIfOverdue_OnlyAfterTheDeadline_WithTheAnswersSavedSoFar_AtTheDeadline()
    {
        var attempt = StartAttempt(PublishedQuiz());
        attempt.Answer(1, ChoiceResponse.One(0), Start.AddMinutes(5));

        Assert.False(attempt.SubmitIfOverdue(Start.AddMinutes(19)));
        _clock.Advance(TimeSpan.FromMinutes(45));
        Assert.True(attempt.SubmitIfOverdue(_clock.GetUtcNow()));

        Assert.True(attempt.AutoSubmitted);
        Assert.Equal(Start.AddMinutes(20), attempt.SubmittedAt);
        Assert.Equal(50m, attempt.ScorePercent);
    }

    [Fact]
    public void Essay_PendingUntilGradedByHand_DescriptionHasNoScore()
    {
        var attempt = StartAttempt(PublishedQuiz(null, 1, 3, 4));
        attempt.Answer(1, ChoiceResponse.One(0), Start);
        attempt.Answer(2, new TextResponse("Musdes kami pada Januari, dihadiri BPD."), Start);
        attempt.Submit(Start.AddMinutes(1));

        Assert.Equal(AttemptState.Submitted, attempt.State);
        Assert.Equal(2m, attempt.MarksPossible);
        Assert.Equal(50m, attempt.ScorePercent);
        Assert.True(attempt.Question(2).AwaitsManualGrading);
        Assert.Equal(GradeStatus.NotGraded, attempt.Question(3).GradeStatus);
        Assert.Null(attempt.Question(3).Fraction);

        attempt.GradeEssay(2, 0.5m, "Sebutkan juga hasil kesepakatannya.", "hendra", Start.AddDays(1));

        Assert.Equal(AttemptState.Graded, attempt.State);
        Assert.Equal(75m, attempt.ScorePercent);
        Assert.True(attempt.Passed);
        Assert.Equal(["Sebutkan juga hasil kesepakatannya."], attempt.Question(2).Feedback);
    }

    [Fact]
    public void EmptyEssay_IsGradedZero_NotQueued()
    {
        var attempt = StartAttempt(PublishedQuiz(null, 1, 3));
        attempt.Submit(Start.AddMinutes(1));

        Assert.Equal(AttemptState.Graded, attempt.State);
        Assert.Equal(0m, attempt.Question(2).Fraction);
    }

    [Fact]
    public void GradeEssay_BeforeSubmissionOrOnAnAutoGradedQuestion_IsRefused()
    {
        var attempt = StartAttempt(PublishedQuiz(null, 1, 3));
        Assert.Throws<DomainException>(() => attempt.GradeEssay(2, 1, null, "hendra", Start));
        attempt.Submit(Start);
        Assert.Throws<DomainException>(() => attempt.GradeEssay(1, 1, null, "hendra", Start));
        Assert.Throws<DomainException>(() => attempt.GradeEssay(2, 1.5m, null, "hendra", Start));
    }

    [Fact]
    public void Snapshot_KeepsTheQuestionAsDrawn()
    {
        var attempt = StartAttempt(PublishedQuiz(null, 5));

        Assert.Equal(SampleQuestions.Matching(), attempt.Question(1).ToQuestion());
        attempt.Answer(1, new MatchingResponse(new Dictionary<int, string> { [0] = "Kaur Perencanaan", [1] = "Kaur Keuangan" }), Start);
        attempt.Submit(Start);
        Assert.Equal(0.5m, attempt.Question(1).Fraction);
    }

    [Fact]
    public void Start_WhenClosedOrAttemptsUsed_IsRefused()
    {
        var quiz = PublishedQuiz(new QuizSettings(AttemptsAllowed: 2, ClosesAt: Start.AddHours(1)));

        Assert.Equal(2, StartAttempt(quiz, previous: 1).Number);
        var used = Assert.Throws<DomainException>(() => StartAttempt(quiz, previous: 2));
        _clock.Advance(TimeSpan.FromHours(1));
        var closed = Assert.Throws<DomainException>(() => StartAttempt(quiz));

        Assert.Contains("2 dari 2", used.Message);
        Assert.Equal(AttemptPolicy.ClosedMessage, closed.Message);
    }
}
