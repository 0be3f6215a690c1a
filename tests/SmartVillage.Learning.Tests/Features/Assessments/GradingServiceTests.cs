using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Assessments.Grading;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>Essay grading through the service the grading page uses. Each test uses its own officials of the shared world.</summary>
public class GradingServiceTests(GradingWorld world) : IClassFixture<GradingWorld>
{
    private const int EssayNumber = 17; // POST-17, the post-test's essay

    private string Official(int index) => world.Attempts.Officials[index];

    private async Task<EssayToGrade> WaitingEssayAsync(long attemptId, Actor? editor = null) =>
        (await world.Grading().QueueAsync(editor ?? world.Hendra, world.CourseId)).Essays.Single(e => e.AttemptId == attemptId);

    [Fact]
    public async Task Grading_TheEssay_SettlesTheScoreOutcomeAndGain_TellsTheHandlers_AndTheOfficialSeesTheComment()
    {
        var official = Official(1);
        await world.TakeAsync(official, world.Attempts.PreTestId, (n, q) => n <= 8 ? AttemptWorld.RightAnswer(q) : null); // 8 of 16: 50
        var attemptId = await world.TakeAllRightAsync(official, world.Attempts.PostTestId, "Musdes kami membahas tiga kegiatan prioritas.");
        var before = await world.Attempts.Outcomes().GetFinalOutcomeAsync(official, world.Attempts.PostTestId);
        var essay = await WaitingEssayAsync(attemptId);
        var handlerCalls = world.Attempts.Graded.Calls.Count(c => c.UserId == official);

        var form = EssayGradeForm.For(essay);
        form.Points = essay.MaxPoints;
        form.Comment = "Lengkap dan nyata. Tambahkan jadwal papan informasi.";
        var graded = await world.Grading().GradeAsync(world.Hendra, form);

        var outcome = await world.Attempts.Outcomes().GetFinalOutcomeAsync(official, world.Attempts.PostTestId);
        var review = await world.Taking().ReviewAsync(official, attemptId);
        var queue = await world.Grading().QueueAsync(world.Hendra, world.CourseId);
        var gains = await world.Figures().ForOfficialAsync(official);

        Assert.Equal(EssayNumber, essay.Number);
        Assert.Equal("Musdes kami membahas tiga kegiatan prioritas.", essay.AnswerText);
        Assert.StartsWith("Terapkan materi ini di pekon Anda.", essay.QuestionText);
        Assert.Equal("Post-test: Pengelolaan APBDes dengan Siskeudes", essay.QuizTitle);
        Assert.NotNull(essay.VillageName);
        Assert.True(before!.Pending);
        Assert.False(before.Passed);

        Assert.Equal(AttemptState.Graded, graded.State);
        Assert.Equal(100m, graded.ScorePercent);
        Assert.True(graded.Passed);
        Assert.False(outcome!.Pending);
        Assert.True(outcome.Passed);
        Assert.Equal(100m, outcome.ScorePercent);
        Assert.Equal(handlerCalls + 1, world.Attempts.Graded.Calls.Count(c => c.UserId == official));
        Assert.Contains((official, world.Attempts.PostTestId), world.Attempts.Graded.Calls);
        Assert.DoesNotContain(queue.Essays, e => e.AttemptId == attemptId);

        var reviewed = review.Questions.Single(q => q.Number == EssayNumber);
        Assert.Equal(AttemptState.Graded, review.State);
        Assert.Equal(essay.MaxPoints, reviewed.MarksEarned);
        Assert.Equal(["Lengkap dan nyata. Tambahkan jadwal papan informasi."], reviewed.Feedback);

        var gain = Assert.Single(gains);
        Assert.Equal(50m, gain.PreScore);
        Assert.Equal(100m, gain.PostScore);
        Assert.Equal(50m, gain.Gain);
        Assert.Equal("Nilai awal 50 → nilai akhir 100, naik 50 poin", gain.Sentence);
    }

    [Fact]
    public async Task PartialPoints_CountAsTheirShareOfTheMark()
    {
        var official = Official(2);
        var attemptId = await world.TakeAllRightAsync(official, world.Attempts.PostTestId);
        var essay = await WaitingEssayAsync(attemptId);
        var form = EssayGradeForm.For(essay);
        form.Points = essay.MaxPoints / 2;

        var graded = await world.Grading().GradeAsync(world.Admin, form);

        var possible = await world.Attempts.Database.QueryAsync(db => db.QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.MarksPossible).SingleAsync());
        Assert.Equal(Math.Round((possible - essay.MaxPoints / 2) / possible * 100, 2, MidpointRounding.AwayFromZero), graded.ScorePercent);
        Assert.Equal(AttemptState.Graded, graded.State);
    }

    [Fact]
    public async Task OtherTrainer_Reviewer_AndOfficial_AreRefused_AndNothingChanges()
    {
        var official = Official(3);
        var attemptId = await world.TakeAllRightAsync(official, world.Attempts.PostTestId);
        var essay = await WaitingEssayAsync(attemptId);
        var asOfficial = new Actor(Official(4), IsAdmin: false, IsTrainer: false);

        foreach (var intruder in new[] { world.Dewi, world.Reviewer, asOfficial })
        {
            var form = EssayGradeForm.For(essay);
            form.Points = 0;
            var queue = await Assert.ThrowsAsync<DomainException>(() => world.Grading().QueueAsync(intruder, world.CourseId));
            var grade = await Assert.ThrowsAsync<DomainException>(() => world.Grading().GradeAsync(intruder, form));
            var results = await Assert.ThrowsAsync<DomainException>(() => world.Results().ResultsAsync(intruder, world.CourseId));
            Assert.All([queue, grade, results], e => Assert.Equal(CourseAccess.RefusedMessage, e.Message));
            Assert.DoesNotContain(await world.Grading().CoursesToGradeAsync(intruder), c => c.CourseId == world.CourseId);
        }

        var still = await WaitingEssayAsync(attemptId);
        Assert.Null(still.SeenGradedAt);
        Assert.Contains(await world.Grading().CoursesToGradeAsync(world.Hendra), c => c.CourseId == world.CourseId && c.Essays >= 1);
        Assert.Contains(await world.Grading().CoursesToGradeAsync(world.Admin), c => c.CourseId == world.CourseId);
    }

    [Fact]
    public async Task SecondTrainer_GradingTheSameAnswerAfterwards_IsRefused_TheFirstGradeStays()
    {
        var attemptId = await world.TakeAllRightAsync(Official(5), world.Attempts.PostTestId);
        var seenByHendra = await WaitingEssayAsync(attemptId);
        var seenByYusuf = await WaitingEssayAsync(attemptId, world.CoTrainer);
        var hendra = EssayGradeForm.For(seenByHendra);
        hendra.Points = seenByHendra.MaxPoints;
        hendra.Comment = "Bagus.";
        var yusuf = EssayGradeForm.For(seenByYusuf);
        yusuf.Points = 0;
        yusuf.Comment = "Kurang.";

        await world.Grading().GradeAsync(world.Hendra, hendra);
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Grading().GradeAsync(world.CoTrainer, yusuf));

        var stored = await StoredEssayAsync(attemptId);
        Assert.Equal(GradingService.AlreadyGradedMessage, refused.Message);
        Assert.Equal(1m, stored.Fraction);
        Assert.Equal(["Bagus."], stored.Feedback);
        Assert.Equal(world.Hendra.UserId, stored.GradedById);
    }

    [Fact]
    public async Task TwoTrainersGradingTheSameAnswerAtOnce_ExactlyOneWins_NoSilentOverwrite()
    {
        for (var round = 0; round < 3; round++)
        {
            var attemptId = await world.TakeAllRightAsync(Official(6 + round), world.Attempts.PostTestId);
            var essay = await WaitingEssayAsync(attemptId);
            var forms = new[] { (world.Hendra, 1m, "Hendra"), (world.CoTrainer, 0m, "Yusuf") }.Select(x =>
            {
                var form = EssayGradeForm.For(essay);
                form.Points = x.Item2 * essay.MaxPoints;
                form.Comment = x.Item3;
                return (Editor: x.Item1, Form: form);
            }).ToList();

            var outcomes = await Task.WhenAll(forms.Select(async f =>
            {
                try
                {
                    await world.Grading().GradeAsync(f.Editor, f.Form);
                    return (Won: true, f.Form.Comment);
                }
                catch (DomainException e) when (e.Message == GradingService.AlreadyGradedMessage)
                {
                    return (Won: false, f.Form.Comment);
                }
            }));

            var stored = await StoredEssayAsync(attemptId);
            var winner = Assert.Single(outcomes, o => o.Won);
            Assert.Equal([winner.Comment!], stored.Feedback);
            Assert.Equal(winner.Comment == "Hendra" ? 1m : 0m, stored.Fraction);
        }
    }

    [Theory]
    [InlineData(-1, "Nilai tidak boleh kurang dari 0.")]
    [InlineData(null, "Isi nilai esai ini.")]
    public async Task Points_OutOfRange_AreRefusedInIndonesian(int? points, string message)
    {
        var attemptId = await world.TakeAllRightAsync(Official(points is null ? 10 : 11), world.Attempts.PostTestId);
        var essay = await WaitingEssayAsync(attemptId);
        var form = EssayGradeForm.For(essay);
        form.Points = points;

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Grading().GradeAsync(world.Hendra, form));

        Assert.Equal(message, refused.Message);
        Assert.Null((await StoredEssayAsync(attemptId)).Fraction);
    }

    [Fact]
    public async Task Points_AboveTheMark_AreRefused_EvenWhenTheFormClaimsAHigherMaximum()
    {
        var attemptId = await world.TakeAllRightAsync(Official(12), world.Attempts.PostTestId);
        var essay = await WaitingEssayAsync(attemptId);
        var form = EssayGradeForm.For(essay);
        form.MaxPoints = 100;
        form.Points = essay.MaxPoints + 1;

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Grading().GradeAsync(world.Hendra, form));

        Assert.Equal($"Nilai paling tinggi {essay.MaxPoints:0.##} untuk soal ini.", refused.Message);
        Assert.Null((await StoredEssayAsync(attemptId)).Fraction);
    }

    private Task<AttemptQuestion> StoredEssayAsync(long attemptId) =>
        world.Attempts.Database.QueryAsync(db => db.AttemptQuestions.AsNoTracking().SingleAsync(q => q.AttemptId == attemptId && q.Number == EssayNumber));
}
