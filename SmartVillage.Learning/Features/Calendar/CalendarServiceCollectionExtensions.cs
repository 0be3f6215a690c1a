namespace SmartVillage.Learning.Features.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>Session calendars: the private feed per person and the per-session .ics.</summary>
    public static IServiceCollection AddCalendarFeature(this IServiceCollection services)
    {
        services.AddScoped<CalendarService>();
        return services;
    }
}
