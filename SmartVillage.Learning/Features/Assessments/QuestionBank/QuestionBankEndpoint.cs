using System.Text;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

public static class QuestionBankEndpoint
{
    /// <summary>
    /// GET /authoring/courses/{id}/questions.gift and .xml: the course's bank as GIFT or Moodle XML, for the course's
    /// trainers and admins only (the same <see cref="CourseAccess"/> rule as the page); 404 when there is no such course.
    /// GET /questions/{id}/files/{name} (<see cref="Infrastructure.Markdown.QuestionTextRenderer.FileUrl"/>): an image of a question,
    /// for whoever may see the question (<see cref="QuestionFileService"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapQuestionBankDownload(this IEndpointRouteBuilder endpoints)
    {
        MapExport(endpoints, "gift", QuestionFileFormat.Gift).WithName("QuestionBankDownload");
        MapExport(endpoints, "xml", QuestionFileFormat.MoodleXml).WithName("QuestionBankDownloadXml");
        endpoints.MapGet("/questions/{id:int}/files/{**name}", async (int id, string name, HttpContext http, QuestionFileService files, CancellationToken ct) =>
            {
                var file = await files.FileAsync(Actor.From(http.User), id, name, ct);
                if (file is null) return Results.NotFound();
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return file.Inline
                    ? Results.File(file.Content, file.ContentType)
                    : Results.File(file.Content, file.ContentType, Path.GetFileName(file.Name));
            })
            .RequireAuthorization()
            .WithName("QuestionFile");
        return endpoints;
    }

    private static RouteHandlerBuilder MapExport(IEndpointRouteBuilder endpoints, string extension, QuestionFileFormat format) =>
        endpoints.MapGet($"/authoring/courses/{{id:int}}/questions.{extension}", async (int id, HttpContext http, QuestionBankService bank, CancellationToken ct) =>
            {
                try
                {
                    var export = await bank.ExportAsync(Actor.From(http.User), id, format, ct);
                    return Results.File(Encoding.UTF8.GetBytes(export.Text), export.ContentType, export.FileName);
                }
                catch (DomainException e) when (e.Message == QuestionBankService.NotFoundMessage)
                {
                    return Results.NotFound();
                }
                catch (DomainException)
                {
                    return Results.Forbid();
                }
            })
            .RequireAuthorization(policy => policy.RequireRole(Domain.Accounts.Roles.Trainer, Domain.Accounts.Roles.Admin));
}
