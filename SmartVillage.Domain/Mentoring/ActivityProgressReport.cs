namespace SmartVillage.Domain.Mentoring;

/// <summary>One progress report on an activity: kept, never overwritten, so the mentor sees how it went.</summary>
public sealed class ActivityProgressReport
{
    private ActivityProgressReport() { }

    internal ActivityProgressReport(int percent, ActivityStatus status, string? note, string reporterId, DateTimeOffset now)
    {
        Percent = percent;
        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ReporterId = reporterId;
        ReportedAt = now;
    }

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int Percent { get; private set; }
    public ActivityStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string ReporterId { get; private set; } = "";
    public DateTimeOffset ReportedAt { get; private set; }
}
