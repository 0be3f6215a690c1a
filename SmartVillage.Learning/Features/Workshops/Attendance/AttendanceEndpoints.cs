using SmartVillage.Learning.Infrastructure.Spreadsheets;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

public static class AttendanceEndpoints
{
    /// <summary>GET /trainer/workshops/{id}/daftar-hadir.pdf and .xlsx: for the workshop's own trainers and admins; 403 with the reason for anyone else.</summary>
    public static void MapAttendanceSheets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/trainer/workshops/{id:int}/daftar-hadir.{format:regex(^(pdf|xlsx)$)}",
                async (int id, string format, HttpContext http, AttendanceService attendance, CancellationToken ct) =>
                {
                    try
                    {
                        var editor = Actor.From(http.User);
                        var sheet = await attendance.SheetAsync(id, editor, ct);
                        return format == "pdf"
                            ? Results.File(AttendanceSheetDocuments.RenderPdf(sheet), "application/pdf", AttendanceSheetDocuments.FileName(sheet, "pdf"))
                            : Results.File(AttendanceSheetDocuments.RenderXlsx(sheet), SheetWriter.ContentType,
                                AttendanceSheetDocuments.FileName(sheet, "xlsx"));
                    }
                    catch (DomainException e)
                    {
                        return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                    }
                })
            .RequireAuthorization();
    }
}
