namespace SmartVillage.Domain.Attendance;

/// <summary>The five marks of a daftar hadir.</summary>
public enum AttendanceStatus
{
    /// <summary>Hadir.</summary>
    Present = 1,

    /// <summary>Terlambat: came after the grace period; counts as present.</summary>
    Late = 2,

    /// <summary>Izin: excused absence; counts as not present (see docs/decisions/0005-workshop-seats-and-attendance.md).</summary>
    Excused = 3,

    /// <summary>Sakit: sick; counts as not present.</summary>
    Sick = 4,

    /// <summary>Alpa: absent without notice.</summary>
    Absent = 5,
}

/// <summary>How a mark was made.</summary>
public enum AttendanceSource
{
    Roster = 1,
    Qr = 2,
    Import = 3,

    /// <summary>Alpa written by the system for a registrant left unmarked when the session ended.</summary>
    Auto = 4,
}

public static class AttendanceStatuses
{
    public static readonly IReadOnlyList<AttendanceStatus> All =
        [AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Excused, AttendanceStatus.Sick, AttendanceStatus.Absent];

    public static string Label(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Hadir",
        AttendanceStatus.Late => "Terlambat",
        AttendanceStatus.Excused => "Izin",
        AttendanceStatus.Sick => "Sakit",
        AttendanceStatus.Absent => "Alpa",
        _ => status.ToString(),
    };

    /// <summary>The letter written in a daftar hadir cell: H, T, I, S, A.</summary>
    public static string Letter(AttendanceStatus status) => Label(status)[..1];

    public static bool CountsAsPresent(AttendanceStatus status) => status is AttendanceStatus.Present or AttendanceStatus.Late;

    /// <summary>Reads "Hadir", "hadir", "H", "Terlambat", "T", … (as written in a CSV from a paper sheet).</summary>
    public static bool TryParse(string? text, out AttendanceStatus status)
    {
        var value = text?.Trim() ?? "";
        foreach (var candidate in All)
        {
            if (string.Equals(value, Label(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, Letter(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }
}
