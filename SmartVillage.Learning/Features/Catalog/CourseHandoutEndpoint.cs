using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Features.Catalog;

public static class CourseHandoutEndpoint
{
    /// <summary>GET /courses/{slug}/handout.pdf: the published course as one PDF download; 404 for anything else. Public, like the catalog.</summary>
    public static IEndpointConventionBuilder MapCourseHandout(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/courses/{slug}/handout.pdf", async (string slug, CourseHandout handout, CancellationToken ct) =>
                Slug.IsValid(slug) && await handout.CreateAsync(slug, ct) is { } pdf
                    ? Results.File(pdf, "application/pdf", fileDownloadName: slug + ".pdf")
                    : Results.NotFound())
            .AllowAnonymous()
            .WithName("CourseHandout");
}
