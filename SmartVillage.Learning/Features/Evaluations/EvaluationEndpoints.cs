using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Evaluations;

public static class EvaluationEndpoints
{
    /// <summary>
    /// GET /evaluations/{id}/results.xlsx[?respondents=true]: the results workbook, for whoever may read the results page (the
    /// same service checks). With respondents=true it adds who answered what, which an anonymous form refuses to everyone
    /// (403 with the reason): a trainer cannot get it by editing the URL.
    /// </summary>
    public static IEndpointConventionBuilder MapEvaluationDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/evaluations/{id:int}/results.xlsx", async (int id, bool? respondents, HttpContext http, EvaluationResultsService service, CancellationToken ct) =>
            {
                try
                {
                    var actor = Actor.From(http.User);
                    var results = await service.ResultsAsync(actor, id, ct);
                    var people = respondents == true ? await service.RespondentsAsync(actor, id, ct) : null;
                    return Results.File(EvaluationWorkbook.Render(results, people), SheetWriter.ContentType, EvaluationWorkbook.FileName(results));
                }
                catch (DomainException e) when (e.Message == EvaluationService.NotFoundMessage)
                {
                    return Results.NotFound();
                }
                catch (DomainException e)
                {
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Trainer, Roles.Admin, Roles.Reviewer));
}
