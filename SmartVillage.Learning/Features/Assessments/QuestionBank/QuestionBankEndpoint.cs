using System.Text;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

public static class QuestionBankEndpoint
{
    /// <summary>
    /// GET /authoring/courses/{id}/questions.gift: the course's bank as a GIFT download, for the course's trainers and
    /// admins only (the same <see cref="CourseAccess"/> rule as the page); 404 when there is no such course.
    /// </summary>
    public static IEndpointConventionBuilder MapQuestionBankDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/authoring/courses/{id:int}/questions.gift", async (int id, HttpContext http, QuestionBankService bank, CancellationToken ct) =>
            {
                try
                {
                    var export = await bank.ExportGiftAsync(Actor.From(http.User), id, ct);
                    return Results.File(Encoding.UTF8.GetBytes(export.Text), "text/plain; charset=utf-8", export.FileName);
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
            .RequireAuthorization(policy => policy.RequireRole(Domain.Accounts.Roles.Trainer, Domain.Accounts.Roles.Admin))
            .WithName("QuestionBankDownload");
}
