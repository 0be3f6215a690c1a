using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Seeding.Synthetic;

namespace SmartVillage.Learning.Seeding;

public static class SeedingServiceCollectionExtensions
{
    /// <summary>The demo (one seeder per area, run in order by <see cref="DemoSeeder"/>) and the synthetic data set the reports are measured on.</summary>
    public static IServiceCollection AddSeeding(this IServiceCollection services)
    {
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoCourses>();
        services.AddScoped<DemoWorkshops>();
        services.AddScoped<DemoMentoring>();
        services.AddScoped<DemoGradingStory>();
        services.AddScoped<DemoEvaluations>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<SyntheticDataSeeder>();
        // In this order: certificates are issued from the attempts' stored gains.
        services.AddScoped<ISyntheticSeedStep, SyntheticAttempts>();
        services.AddScoped<ISyntheticSeedStep, SyntheticCertificates>();
        services.AddScoped<ISyntheticSeedStep, SyntheticEvaluations>();
        return services;
    }
}
