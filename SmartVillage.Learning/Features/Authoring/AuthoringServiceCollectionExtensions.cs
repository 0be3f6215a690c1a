namespace SmartVillage.Learning.Features.Authoring;

public static class AuthoringServiceCollectionExtensions
{
    /// <summary>Course authoring for trainers; the form validators are registered with the assembly's others.</summary>
    public static IServiceCollection AddAuthoringFeature(this IServiceCollection services)
    {
        services.AddScoped<AuthoringService>();
        return services;
    }
}
