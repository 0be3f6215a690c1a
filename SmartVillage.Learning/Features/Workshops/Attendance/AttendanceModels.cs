using SmartVillage.Domain.Attendance;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

public sealed record RosterRow(string UserId, string FullName, string? Position, string? VillageName, AttendanceStatus? Status, string? Note,
    AttendanceSource? Source, DateTimeOffset? MarkedAt);

public sealed record Roster(int WorkshopId, string WorkshopTitle, int SessionId, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    bool HasEnded, IReadOnlyList<RosterRow> Rows)
{
    public int Count(AttendanceStatus status) => Rows.Count(r => r.Status == status);

    public int Unmarked => Rows.Count(r => r.Status is null);
}

/// <summary>What the trainer's QR screen shows: the URL in the QR (as a PNG data URL), the short code, and when it changes.</summary>
public sealed record CheckInCode(int SessionId, string WorkshopTitle, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Code,
    string Path, DateTimeOffset ChangesAt, string? NotOpenReason, int Present);

public enum CheckInResult
{
    Marked,
    AlreadyMarked,
    Refused,
}

public sealed record CheckInOutcome(CheckInResult Result, string Message, AttendanceStatus? Status = null, int? SessionId = null, string? WorkshopTitle = null,
    string? Topic = null);

public sealed record ImportError(int Line, string Message);

public sealed record MarksImportResult(bool Succeeded, int Marked, IReadOnlyList<ImportError> Errors);

/// <summary>Everything the daftar hadir (PDF and xlsx) prints.</summary>
public sealed record AttendanceSheet(string Title, string Place, string RegencyName, IReadOnlyList<string> Trainers, IReadOnlyList<SheetSession> Sessions,
    IReadOnlyList<SheetRow> Rows, int CompletionThreshold, DateTimeOffset GeneratedAt);

public sealed record SheetSession(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Topic, int LessonHours);

public sealed record SheetRow(int Number, string FullName, string? Position, string? VillageName, IReadOnlyList<AttendanceStatus?> Marks, AttendanceRate Rate);
