namespace SmartVillage.Domain.Mentoring;

/// <summary>One entry of a plan's review history: a submission, a mentor's comment, a request for changes, an approval.</summary>
public sealed class WorkPlanEvent
{
    private WorkPlanEvent() { }

    internal WorkPlanEvent(WorkPlanEventKind kind, string authorId, WorkPlanStatus? from, WorkPlanStatus to, string? note, DateTimeOffset now)
    {
        Kind = kind;
        AuthorId = authorId;
        FromStatus = from;
        ToStatus = to;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        At = now;
    }

    public int Id { get; private set; }
    public int WorkPlanId { get; private set; }
    public WorkPlanEventKind Kind { get; private set; }
    public string AuthorId { get; private set; } = "";
    public WorkPlanStatus? FromStatus { get; private set; }
    public WorkPlanStatus ToStatus { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }
}
