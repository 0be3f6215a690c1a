namespace SmartVillage.Learning.Features.Learning;

public static class LearningServiceCollectionExtensions
{
    public static IServiceCollection AddLearningFeature(this IServiceCollection services)
    {
        return services;
    }
}
