using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;

namespace SmartVillage.Learning.Features.Reports;

public static class ReportEndpoints
{
    /// <summary>
    /// GET /reports/export.{xlsx|pdf|csv}?regency=CODE&amp;from=&amp;to=&amp;track=&amp;position=: the same scope rule as the
    /// dashboard (through <see cref="CompetencyReportService"/>); 403 with the reason for anyone else.
    /// </summary>
    public static void MapReportExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/export.{format:regex(^(xlsx|pdf|csv)$)}",
                async (string format, string? regency, DateOnly? from, DateOnly? to, string? track, string? position, HttpContext http,
                    ReportDocuments documents, CancellationToken ct) =>
                {
                    try
                    {
                        var filter = new ReportFilter(from, to, string.IsNullOrWhiteSpace(track) ? null : track,
                            OfficialPositions.TryParse(position, out var p) || Enum.TryParse(position, out p) ? p : null);
                        var viewer = Actor.From(http.User);
                        var (content, type, name) = await documents.RenderAsync(viewer, string.IsNullOrWhiteSpace(regency) ? viewer.HomeRegion : regency, filter, format, ct);
                        return Results.File(content, type, name);
                    }
                    catch (DomainException e)
                    {
                        return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                    }
                })
            .RequireAuthorization();
    }
}
