namespace SmartVillage.Domain.Attendance;

/// <summary>
/// One official's mark for one session; unique per (session, official), so a second scan, a double click
/// or a roster save racing a QR check-in updates the one mark instead of adding another.
/// </summary>
public sealed class AttendanceMark
{
    public const int NoteMaxLength = 300;

    private AttendanceMark() { }

    public AttendanceMark(int sessionId, string userId, AttendanceStatus status, string? note, AttendanceSource source, string? markedById, DateTimeOffset now)
    {
        SessionId = sessionId;
        UserId = userId;
        Change(status, note, source, markedById, now);
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public string UserId { get; private set; } = "";
    public AttendanceStatus Status { get; private set; }
    public string? Note { get; private set; }
    public AttendanceSource Source { get; private set; }
    public DateTimeOffset MarkedAt { get; private set; }

    /// <summary>Who wrote the mark: the trainer (roster, import), the official (QR), or null for the system (Auto).</summary>
    public string? MarkedById { get; private set; }

    public bool CountsAsPresent => AttendanceStatuses.CountsAsPresent(Status);

    public void Change(AttendanceStatus status, string? note, AttendanceSource source, string? markedById, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("Status kehadiran tidak dikenal.");
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > NoteMaxLength }) throw new DomainException($"Catatan kehadiran paling panjang {NoteMaxLength} karakter.");
        Status = status;
        Note = trimmed;
        Source = source;
        MarkedById = markedById;
        MarkedAt = now;
    }

    /// <summary>Adds or replaces the official's own note (after a QR check-in) without changing the status.</summary>
    public void Annotate(string? note, DateTimeOffset now)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > NoteMaxLength }) throw new DomainException($"Catatan kehadiran paling panjang {NoteMaxLength} karakter.");
        Note = trimmed;
        MarkedAt = now;
    }
}
