using SmartVillage.Domain.Learning;

namespace SmartVillage.Domain.Tests.Learning;

public class EnrollmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private static Enrollment NewEnrollment() => new(courseId: 7, userId: "siti", EnrollmentSource.Self, enrolledById: null, Now);

    [Fact]
    public void New_IsNotCompleteAndHasNoLastLesson()
    {
        var enrollment = NewEnrollment();

        Assert.Null(enrollment.CompletedAt);
        Assert.Null(enrollment.LastLessonId);
        Assert.Null(enrollment.LastVisitedAt);
        Assert.Equal(Now, enrollment.EnrolledAt);
    }

    [Fact]
    public void Visit_RemembersTheLessonAndTime()
    {
        var enrollment = NewEnrollment();

        enrollment.Visit(42, Now.AddDays(1));

        Assert.Equal(42, enrollment.LastLessonId);
        Assert.Equal(Now.AddDays(1), enrollment.LastVisitedAt);
    }

    [Fact]
    public void UpdateCompletion_PartProgress_LeavesItOpen()
    {
        var enrollment = NewEnrollment();

        enrollment.UpdateCompletion(CourseProgress.Of(4, 5), Now);

        Assert.Null(enrollment.CompletedAt);
    }

    [Fact]
    public void UpdateCompletion_AllLessons_RecordsTheFirstCompletionOnly()
    {
        var enrollment = NewEnrollment();

        enrollment.UpdateCompletion(CourseProgress.Of(5, 5), Now.AddDays(2));
        enrollment.UpdateCompletion(CourseProgress.Of(5, 5), Now.AddDays(3));

        Assert.Equal(Now.AddDays(2), enrollment.CompletedAt);
    }

    [Fact]
    public void UpdateCompletion_CourseGrowsLater_DoesNotUndoCompletion()
    {
        var enrollment = NewEnrollment();
        enrollment.UpdateCompletion(CourseProgress.Of(5, 5), Now);

        enrollment.UpdateCompletion(CourseProgress.Of(5, 6), Now.AddDays(1));

        Assert.Equal(Now, enrollment.CompletedAt);
    }

    [Fact]
    public void UpdateCompletion_EmptyCourse_IsNeverComplete()
    {
        var enrollment = NewEnrollment();

        enrollment.UpdateCompletion(CourseProgress.Of(0, 0), Now);

        Assert.Null(enrollment.CompletedAt);
    }
}
