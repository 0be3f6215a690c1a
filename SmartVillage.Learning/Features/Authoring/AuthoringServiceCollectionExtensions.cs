namespace SmartVillage.Learning.Features.Authoring;

public static class AuthoringServiceCollectionExtensions
{
    public static IServiceCollection AddAuthoringFeature(this IServiceCollection services)
    {
        return services;
    }
}
