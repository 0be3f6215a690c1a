using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class AttemptPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    private static Quiz Quiz(QuizSettings settings, bool publish = true)
    {
        var quiz = new Quiz(1, "Pre-test", QuizPurpose.PreTest, settings, Now.AddDays(-1));
        quiz.AddQuestion(1, Now.AddDays(-1));
        if (publish) quiz.Publish(new Dictionary<int, int>(), Now.AddDays(-1));
        return quiz;
    }

    [Fact]
    public void StartRefusal_NamesWhyInIndonesian()
    {
        Assert.Equal(AttemptPolicy.NotPublishedMessage, AttemptPolicy.StartRefusal(Quiz(new QuizSettings(), publish: false), 0, Now));
        Assert.Equal("Kuis ini baru dibuka pada 29 November 2026 08.00 WIB.",
            AttemptPolicy.StartRefusal(Quiz(new QuizSettings(OpensAt: Now.AddDays(1))), 0, Now));
        Assert.Equal(AttemptPolicy.ClosedMessage, AttemptPolicy.StartRefusal(Quiz(new QuizSettings(ClosesAt: Now)), 0, Now));
        Assert.Contains("hanya boleh dikerjakan satu kali", AttemptPolicy.StartRefusal(Quiz(new QuizSettings(AttemptsAllowed: 1)), 1, Now));
        Assert.Null(AttemptPolicy.StartRefusal(Quiz(new QuizSettings(AttemptsAllowed: 2)), 1, Now));
        Assert.Null(AttemptPolicy.StartRefusal(Quiz(new QuizSettings(AttemptsAllowed: 0)), 50, Now));
    }

    [Fact]
    public void AttemptsLeft_CountsDownOrIsUnlimited()
    {
        Assert.Equal(1, AttemptPolicy.AttemptsLeft(Quiz(new QuizSettings(AttemptsAllowed: 2)), 1));
        Assert.Equal(0, AttemptPolicy.AttemptsLeft(Quiz(new QuizSettings(AttemptsAllowed: 2)), 3));
        Assert.Null(AttemptPolicy.AttemptsLeft(Quiz(new QuizSettings()), 3));
    }

    private static readonly FinishedAttempt[] Three =
    [
        new(1, 60, false, Now),
        new(2, 90, false, Now.AddDays(1)),
        new(3, 75, false, Now.AddDays(2)),
    ];

    [Theory]
    [InlineData(GradingMethod.Highest, 90, true)]
    [InlineData(GradingMethod.Average, 75, true)]
    [InlineData(GradingMethod.First, 60, false)]
    [InlineData(GradingMethod.Last, 75, true)]
    public void FinalGrade_ByGradingMethod(GradingMethod method, int expected, bool passed)
    {
        var grade = FinalGrade.Of(method, 70, Three)!;

        Assert.Equal(expected, grade.ScorePercent);
        Assert.Equal(passed, grade.Passed);
        Assert.False(grade.Pending);
        Assert.Equal(3, grade.FinishedAttempts);
        Assert.Equal(Now.AddDays(2), grade.LastGradedAt);
    }

    [Fact]
    public void FinalGrade_Average_RoundsToTwoDecimals()
    {
        var grade = FinalGrade.Of(GradingMethod.Average, 70, [new(1, 50, false, Now), new(2, 60, false, Now), new(3, 60, false, Now)])!;
        Assert.Equal(56.67m, grade.ScorePercent);
    }

    [Fact]
    public void FinalGrade_PendingOnlyWhenACountedAttemptWaitsForAnEssay_AndNotPassedWhilePending()
    {
        FinishedAttempt[] attempts = [new(1, 90, true, Now), new(2, 80, false, Now)];

        var first = FinalGrade.Of(GradingMethod.First, 70, attempts)!;
        var last = FinalGrade.Of(GradingMethod.Last, 70, attempts)!;

        Assert.True(first.Pending);
        Assert.False(first.Passed);
        Assert.False(last.Pending);
        Assert.True(last.Passed);
        Assert.True(FinalGrade.Of(GradingMethod.Highest, 70, attempts)!.Pending);
    }

    [Fact]
    public void FinalGrade_NoFinishedAttempt_IsNull() => Assert.Null(FinalGrade.Of(GradingMethod.Highest, 70, []));
}
