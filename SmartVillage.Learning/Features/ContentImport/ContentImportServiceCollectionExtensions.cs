using SmartVillage.Learning.Infrastructure.Content;

namespace SmartVillage.Learning.Features.ContentImport;

public static class ContentImportServiceCollectionExtensions
{
    /// <summary>Curricula (tracks, courses, lessons, their question banks and tests) and the competency framework from content/.</summary>
    public static IServiceCollection AddContentImportFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.AddSingleton<ContentImporter>();
        return services;
    }
}
