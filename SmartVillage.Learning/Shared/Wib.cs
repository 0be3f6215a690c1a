using System.Globalization;

namespace SmartVillage.Learning.Shared;

/// <summary>Western Indonesia Time (Asia/Jakarta): UTC+7 all year, no daylight saving. Stored in UTC, shown in WIB.</summary>
public static class Wib
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static DateTimeOffset ToWib(this DateTimeOffset time) => time.ToOffset(Offset);

    /// <summary>A WIB calendar date and wall-clock time as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>"Senin, 1 Desember 2026".</summary>
    public static string Day(DateTimeOffset time) => time.ToWib().ToString("dddd, d MMMM yyyy", Indonesian);

    /// <summary>"1 Des 2026".</summary>
    public static string ShortDay(DateTimeOffset time) => time.ToWib().ToString("d MMM yyyy", Indonesian);

    /// <summary>"12 Jan 2026, 08.15 WIB": when something was written, as a village office reads it.</summary>
    public static string Moment(DateTimeOffset time) => time.ToWib().ToString("d MMM yyyy, HH.mm", Indonesian) + " WIB";

    /// <summary>"08.00–16.00 WIB".</summary>
    public static string Hours(DateTimeOffset start, DateTimeOffset end) =>
        $"{start.ToWib().ToString("HH.mm", Indonesian)}–{end.ToWib().ToString("HH.mm", Indonesian)} WIB";
}
