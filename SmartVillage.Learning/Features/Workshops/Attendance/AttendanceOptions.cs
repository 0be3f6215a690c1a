using SmartVillage.Domain.Attendance;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

/// <summary>Configuration section "Attendance".</summary>
public sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>How often the QR code and the short code change.</summary>
    public int CodeStepSeconds { get; set; } = 30;

    /// <summary>How long a code that just rotated away is still taken (the request in flight); must stay under a second for "a code seen 31 s ago is refused".</summary>
    public double ScanGraceSeconds { get; set; } = 1;

    /// <summary>A check-in this long after the start is Terlambat.</summary>
    public int LateAfterMinutes { get; set; } = 15;

    /// <summary>Check-in opens this long before a session starts.</summary>
    public int OpensMinutesBefore { get; set; } = 30;

    /// <summary>Self check-ins per person (or address) per minute.</summary>
    public int CheckInsPerMinute { get; set; } = 20;

    public TimeSpan Step => TimeSpan.FromSeconds(Math.Max(5, CodeStepSeconds));

    public TimeSpan Grace => TimeSpan.FromSeconds(Math.Clamp(ScanGraceSeconds, 0, Math.Max(5, CodeStepSeconds) - 1));

    public CheckInRules Rules => new(TimeSpan.FromMinutes(OpensMinutesBefore), TimeSpan.FromMinutes(LateAfterMinutes));
}
