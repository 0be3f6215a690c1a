namespace SmartVillage.Domain.Attendance;

/// <summary>
/// An official's attendance over the sessions held so far: present (Hadir or Terlambat) out of held.
/// Izin and Sakit are recorded distinctly on the sheet but count as not present: a certificate attests
/// JP actually attended (decision: docs/decisions/0005-workshop-seats-and-attendance.md).
/// </summary>
public sealed record AttendanceRate(int Present, int Held)
{
    /// <summary>0–100, rounded down; 0 when nothing was held yet.</summary>
    public int Percent => Held == 0 ? 0 : Present * 100 / Held;

    public bool Meets(int thresholdPercent) => Held > 0 && Present * 100 >= thresholdPercent * Held;

    /// <summary>
    /// A session counts as held once it has ended, or once it has started and the official has a mark for it
    /// (a check-in during a session counts at once; a session still running with no mark does not count against them).
    /// </summary>
    public static AttendanceRate Over(IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt, AttendanceStatus? Mark)> sessions, DateTimeOffset now)
    {
        int present = 0, held = 0;
        foreach (var (startsAt, endsAt, mark) in sessions)
        {
            var isHeld = now >= endsAt || (now >= startsAt && mark is not null);
            if (!isHeld) continue;
            held++;
            if (mark is { } status && AttendanceStatuses.CountsAsPresent(status)) present++;
        }
        return new AttendanceRate(present, held);
    }
}

/// <summary>Completion of a workshop: every session has ended and the rate meets the workshop's threshold.</summary>
public static class WorkshopCompletion
{
    public static bool IsEligible(AttendanceRate rate, int totalSessions, int thresholdPercent) =>
        totalSessions > 0 && rate.Held == totalSessions && rate.Meets(thresholdPercent);
}
