namespace SmartVillage.Learning.Features.Regions;

public static class RegionsServiceCollectionExtensions
{
    /// <summary>Lampung's regencies, districts and villages: their import from content/regions and the drill-down.</summary>
    public static IServiceCollection AddRegionsFeature(this IServiceCollection services)
    {
        services.AddSingleton<RegionCatalogImporter>();
        services.AddScoped<RegionDirectory>();
        return services;
    }
}
