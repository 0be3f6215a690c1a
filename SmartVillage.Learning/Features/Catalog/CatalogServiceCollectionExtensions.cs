namespace SmartVillage.Learning.Features.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services)
    {
        Infrastructure.Pdf.EmbeddedFontResolver.EnsureRegistered(); // PDFsharp's font resolver is global: set it once, at start-up
        services.AddSingleton<CourseHandout>();
        return services;
    }
}
