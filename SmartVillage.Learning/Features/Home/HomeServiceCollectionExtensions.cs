namespace SmartVillage.Learning.Features.Home;

public static class HomeServiceCollectionExtensions
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        // Scoped like the report and mentoring services it calls.
        services.AddScoped<HomeService>();
        return services;
    }
}
