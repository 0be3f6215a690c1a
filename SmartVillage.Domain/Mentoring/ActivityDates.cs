namespace SmartVillage.Domain.Mentoring;

/// <summary>
/// The dates a work-plan activity may have: a village plans the coming years and records the last few, never year 1
/// or 9999, which sort every list and report wrongly.
/// </summary>
public static class ActivityDates
{
    public const int YearsBack = 5;
    public const int YearsAhead = 10;

    public static DateOnly Earliest(DateOnly today) => new(today.Year - YearsBack, 1, 1);

    public static DateOnly Latest(DateOnly today) => new(today.Year + YearsAhead, 12, 31);

    public static bool IsWithin(DateOnly date, DateOnly today) => date >= Earliest(today) && date <= Latest(today);
}
