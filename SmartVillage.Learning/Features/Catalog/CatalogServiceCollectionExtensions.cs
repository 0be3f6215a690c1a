namespace SmartVillage.Learning.Features.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services)
    {
        // Stateless over IDbContextFactory: one short context per call, safe for long Blazor circuits.
        services.AddSingleton<CatalogService>();
        Infrastructure.Pdf.EmbeddedFontResolver.EnsureRegistered(); // PDFsharp's font resolver is global: set it once, at start-up
        services.AddSingleton<CourseHandout>();
        return services;
    }
}
