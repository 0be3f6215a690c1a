using SmartVillage.Domain;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuizResults;

public static class ResultsEndpoint
{
    /// <summary>
    /// GET /authoring/courses/{id}/results.xlsx[?quiz=N]: the course's results workbook, for its trainers and admins only
    /// (the same <see cref="CourseAccess"/> rule as the page); 404 when there is no such course, 403 with the reason otherwise.
    /// </summary>
    public static IEndpointConventionBuilder MapResultsDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/authoring/courses/{id:int}/results.xlsx", async (int id, int? quiz, HttpContext http, ResultsService results, CancellationToken ct) =>
            {
                try
                {
                    var figures = await results.ResultsAsync(Actor.From(http.User), id, quiz, ct);
                    return Results.File(ResultsWorkbook.Render(figures), ResultsWorkbook.ContentType, ResultsWorkbook.FileName(figures));
                }
                catch (DomainException e) when (e.Message == ResultsService.CourseNotFoundMessage)
                {
                    return Results.NotFound();
                }
                catch (DomainException e)
                {
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization(policy => policy.RequireRole(Domain.Accounts.Roles.Trainer, Domain.Accounts.Roles.Admin));
}
