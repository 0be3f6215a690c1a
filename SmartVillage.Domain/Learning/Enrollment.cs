namespace SmartVillage.Domain.Learning;

/// <summary>An official taking a course. One per official and course (a unique index guards double clicks).</summary>
public sealed class Enrollment
{
    private Enrollment() { }

    public Enrollment(int courseId, string userId, EnrollmentSource source, string? enrolledById, DateTimeOffset now)
    {
        CourseId = courseId;
        UserId = userId;
        Source = source;
        EnrolledById = enrolledById;
        EnrolledAt = now;
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public string UserId { get; private set; } = "";
    public EnrollmentSource Source { get; private set; }
    public string? EnrolledById { get; private set; }
    public DateTimeOffset EnrolledAt { get; private set; }

    /// <summary>The lesson last opened: where "continue" takes the official.</summary>
    public int? LastLessonId { get; private set; }

    public DateTimeOffset? LastVisitedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public void Visit(int lessonId, DateTimeOffset now)
    {
        LastLessonId = lessonId;
        LastVisitedAt = now;
    }

    /// <summary>Records completion the first time every lesson is done; later edits of the course never undo it.</summary>
    public void UpdateCompletion(CourseProgress progress, DateTimeOffset now)
    {
        if (progress.IsComplete && CompletedAt is null) CompletedAt = now;
    }
}
