using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Features.Catalog;

public static class CourseHandoutEndpoint
{
    /// <summary>
    /// GET /courses/{slug}/handout.pdf: the course as one PDF download; public for a published course, like the catalog; a
    /// draft's for those who may preview it (the draft's page offers it to them); 404 for anything else.
    /// </summary>
    public static IEndpointConventionBuilder MapCourseHandout(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/courses/{slug}/handout.pdf", async (string slug, HttpContext http, CourseHandout handout, CancellationToken ct) =>
                Slug.IsValid(slug) && await handout.CreateAsync(slug, Actor.IdOf(http.User), ct) is { } pdf
                    ? Results.File(pdf, "application/pdf", fileDownloadName: slug + ".pdf")
                    : Results.NotFound())
            .AllowAnonymous()
            .WithName("CourseHandout");
}
