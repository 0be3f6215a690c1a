using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class LearningGainTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    private static FinishedAttempt A(int number, decimal score, bool pending = false) => new(number, score, pending, T.AddHours(number));

    [Fact]
    public void Gain_IsPostMinusPre_AndNormalisedByWhatWasLeftToLearn()
    {
        var gain = LearningGain.Of(40, 85);

        Assert.Equal(45, gain.Gain);
        Assert.Equal(0.75m, gain.NormalisedGain);
        Assert.True(gain.HasBoth);
    }

    [Fact]
    public void Gain_CanBeNegative_AndNormalisedGainRoundsToFourDecimals()
    {
        var gain = LearningGain.Of(70, 60);

        Assert.Equal(-10, gain.Gain);
        Assert.Equal(-0.3333m, gain.NormalisedGain);
    }

    [Fact]
    public void PerfectPreTest_HasAGain_ButNoNormalisedGain()
    {
        var gain = LearningGain.Of(100, 90);

        Assert.Equal(-10, gain.Gain);
        Assert.Null(gain.NormalisedGain);
    }

    [Fact]
    public void MissingScore_LeavesGainUnknown()
    {
        Assert.Null(LearningGain.Of(null, 80).Gain);
        Assert.Null(LearningGain.Of(50, null).NormalisedGain);
        Assert.False(LearningGain.Of(50, null).HasBoth);
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningGain.Of(101, 50));
    }

    [Fact]
    public void PreTest_IsTheFirstSettledAttempt_NotTheBestRetry()
    {
        var gain = LearningGain.From([A(2, 90), A(1, 30, pending: true), A(3, 100)], GradingMethod.Highest, 70, [A(1, 80)]);

        Assert.Equal(90, gain.PreScore); // attempt 1 still waits for an essay, so attempt 2 is the first settled one
        Assert.Equal(80, gain.PostScore);
    }

    [Theory]
    [InlineData(GradingMethod.Highest, 90)]
    [InlineData(GradingMethod.Average, 70)]
    [InlineData(GradingMethod.First, 50)]
    [InlineData(GradingMethod.Last, 70)]
    public void PostTest_IsTheFinalGradeByItsMethod(GradingMethod method, decimal expected)
    {
        var gain = LearningGain.From([A(1, 40)], method, 70, [A(1, 50), A(2, 90), A(3, 70)]);

        Assert.Equal(expected, gain.PostScore);
        Assert.Equal(expected - 40, gain.Gain);
    }

    [Fact]
    public void PostTest_WithAPendingEssayThatCounts_HasNoScoreYet()
    {
        var pending = LearningGain.From([A(1, 40)], GradingMethod.Last, 70, [A(1, 90), A(2, 60, pending: true)]);
        var notCounted = LearningGain.From([A(1, 40)], GradingMethod.First, 70, [A(1, 90), A(2, 60, pending: true)]);

        Assert.Null(pending.PostScore);
        Assert.Null(pending.Gain);
        Assert.Equal(90, notCounted.PostScore);
    }

    [Fact]
    public void Summary_AveragesEachFigureOverThoseWhoHaveIt()
    {
        var summary = LearningGainSummary.Of([LearningGain.Of(40, 85), LearningGain.Of(60, 80), LearningGain.Of(50, null), LearningGain.Of(null, 70)]);

        Assert.Equal(4, summary.Officials);
        Assert.Equal(3, summary.WithPreTest);
        Assert.Equal(3, summary.WithPostTest);
        Assert.Equal(2, summary.WithBoth);
        Assert.Equal(50m, summary.AveragePre);
        Assert.Equal(78.33m, summary.AveragePost);
        Assert.Equal(32.5m, summary.AverageGain);
        Assert.Equal(0.625m, summary.AverageNormalisedGain); // (0.75 + 0.5) / 2
    }

    [Fact]
    public void StoredGain_UpdatesOnlyWhenTheFiguresChange()
    {
        var row = new OfficialLearningGain("u1", 7);

        Assert.True(row.Update(LearningGain.Of(40, null), T));
        Assert.False(row.Update(LearningGain.Of(40, null), T.AddHours(1)));
        Assert.True(row.Update(LearningGain.Of(40, 85), T.AddHours(2)));
        Assert.Equal(45, row.Gain);
        Assert.Equal(0.75m, row.NormalisedGain);
        Assert.Equal(T.AddHours(2), row.UpdatedAt);
    }
}
