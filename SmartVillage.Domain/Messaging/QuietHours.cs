namespace SmartVillage.Domain.Messaging;

/// <summary>
/// 21.00–06.00 WIB (UTC+7, no daylight saving): a message that is not urgent waits until 06.00, so nobody's phone buzzes
/// at night for a certificate or a weekly reminder.
/// </summary>
public static class QuietHours
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    public static readonly TimeOnly Starts = new(21, 0);
    public static readonly TimeOnly Ends = new(6, 0);

    public static bool Covers(DateTimeOffset instant)
    {
        var local = TimeOnly.FromTimeSpan(instant.ToOffset(Wib).TimeOfDay);
        return local >= Starts || local < Ends;
    }

    /// <summary>When a message due at <paramref name="due"/> may go: then, or 06.00 WIB after the night it falls in.</summary>
    public static DateTimeOffset Release(DateTimeOffset due, bool urgent)
    {
        if (urgent || !Covers(due)) return due;
        var local = due.ToOffset(Wib);
        var morning = new DateTimeOffset(local.Date, Wib).Add(Ends.ToTimeSpan());
        if (morning <= local) morning = morning.AddDays(1);
        return morning.ToUniversalTime();
    }
}
