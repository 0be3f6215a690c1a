using SmartVillage.Domain.Learning;

namespace SmartVillage.Domain.Tests.Learning;

public class CourseProgressTests
{
    [Theory]
    [InlineData(0, 5, 0)]
    [InlineData(2, 5, 40)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 66)]
    [InlineData(5, 5, 100)]
    public void Percent_RoundsDown(int completed, int total, int percent) =>
        Assert.Equal(percent, CourseProgress.Of(completed, total).Percent);

    [Fact]
    public void Percent_MoreCompletedThanLessons_StaysAt100()
    {
        // A lesson was removed after the official completed it.
        var progress = CourseProgress.Of(6, 5);

        Assert.Equal(100, progress.Percent);
        Assert.True(progress.IsComplete);
    }

    [Fact]
    public void EmptyCourse_IsZeroAndNeverComplete()
    {
        var progress = CourseProgress.Of(0, 0);

        Assert.Equal(0, progress.Percent);
        Assert.False(progress.IsComplete);
    }

    [Fact]
    public void IsComplete_OnlyWhenEveryLessonIsDone()
    {
        Assert.False(CourseProgress.Of(4, 5).IsComplete);
        Assert.True(CourseProgress.Of(5, 5).IsComplete);
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(1, -5)]
    public void Of_Negative_IsRefused(int completed, int total) =>
        Assert.Throws<DomainException>(() => CourseProgress.Of(completed, total));
}
