namespace SmartVillage.Learning.Features.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services)
    {
        return services;
    }
}
