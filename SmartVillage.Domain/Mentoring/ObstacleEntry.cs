namespace SmartVillage.Domain.Mentoring;

/// <summary>One step in an obstacle's history: who, when, a status change (from → to) or a response, and the note.</summary>
public sealed class ObstacleEntry
{
    private ObstacleEntry() { }

    internal ObstacleEntry(string authorId, ObstacleStatus? from, ObstacleStatus to, string? note, DateTimeOffset now)
    {
        AuthorId = authorId;
        FromStatus = from;
        ToStatus = to;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        At = now;
    }

    public int Id { get; private set; }
    public int ObstacleId { get; private set; }
    public string AuthorId { get; private set; } = "";

    /// <summary>Null for the entry that logged the obstacle.</summary>
    public ObstacleStatus? FromStatus { get; private set; }

    public ObstacleStatus ToStatus { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }

    public bool IsStatusChange => FromStatus is { } from && from != ToStatus;
}
