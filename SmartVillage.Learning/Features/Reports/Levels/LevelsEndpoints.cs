using SmartVillage.Domain;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Reports.Levels;

public static class LevelsEndpoints
{
    /// <summary>GET /reports/levels.xlsx?regency=CODE&amp;year=YYYY: the four-level sheet, under the dashboard's scope rule (403 with the reason).</summary>
    public static IEndpointConventionBuilder MapLevelsExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/reports/levels.xlsx", async (string? regency, int? year, HttpContext http, LevelsReportService levels, CancellationToken ct) =>
            {
                try
                {
                    var report = await levels.ReportAsync(Actor.From(http.User), regency, year, ct);
                    return Results.File(LevelsXlsx.Render(report), SheetWriter.ContentType, LevelsXlsx.FileName(report));
                }
                catch (DomainException e)
                {
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization();
}
