namespace SmartVillage.Domain.Learning;

/// <summary>An official finished reading a lesson. Unique per official and lesson, so a retry adds nothing.</summary>
public sealed class LessonCompletion
{
    private LessonCompletion() { }

    public LessonCompletion(string userId, int lessonId, DateTimeOffset now)
    {
        UserId = userId;
        LessonId = lessonId;
        CompletedAt = now;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public int LessonId { get; private set; }
    public DateTimeOffset CompletedAt { get; private set; }
}
