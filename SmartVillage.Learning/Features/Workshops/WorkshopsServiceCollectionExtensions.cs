using SmartVillage.Learning.Features.Workshops.Attendance;

namespace SmartVillage.Learning.Features.Workshops;

public static class WorkshopsServiceCollectionExtensions
{
    /// <summary>Workshops (bimtek), registration with a waitlist, attendance and the daftar hadir.</summary>
    public static IServiceCollection AddWorkshopsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AttendanceOptions>(configuration.GetSection(AttendanceOptions.Section));
        services.AddScoped<WorkshopService>();
        services.AddScoped<WorkshopRegistrationService>();
        services.AddScoped<AttendanceService>();
        services.AddScoped<AttendanceImportService>();
        return services;
    }
}
