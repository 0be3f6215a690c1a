namespace SmartVillage.Learning.Features.Learning;

public static class LearningServiceCollectionExtensions
{
    public static IServiceCollection AddLearningFeature(this IServiceCollection services)
    {
        // Stateless over IDbContextFactory: one short context per call, safe for long Blazor circuits.
        services.AddSingleton<LearningService>();
        return services;
    }
}
