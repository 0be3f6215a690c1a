using System.Globalization;
using SmartVillage.Domain;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Certificates;

public static class CertificateEndpoints
{
    public static void MapCertificates(this IEndpointRouteBuilder endpoints)
    {
        // The PDF: owner, trainers of the course or workshop, reviewers and admins; 403 with the reason for anyone else.
        endpoints.MapGet("/certificates/{code}.pdf", async (string code, HttpContext http, CertificateService certificates, CancellationToken ct) =>
            {
                try
                {
                    var (pdf, name) = await certificates.PdfAsync(code, Actor.From(http.User), ct);
                    return Results.File(pdf, "application/pdf", name);
                }
                catch (CertificateNotFoundException e)
                {
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
                }
                catch (DomainException e)
                {
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization();

        // Public, like /verify/{code}: the same facts as JSON (rate-limited per client address).
        endpoints.MapGet("/api/certificates/{code}", async (string code, CertificateService certificates, CancellationToken ct) =>
        {
            var verification = await certificates.VerifyAsync(code, ct);
            var body = Json(verification);
            return verification.State == VerificationState.NotFound ? Results.Json(body, statusCode: StatusCodes.Status404NotFound) : Results.Json(body);
        });

        // A trainer's zip of a workshop's certificates, rendered on request (the page offers the same with progress).
        endpoints.MapGet("/trainer/workshops/{id:int}/certificates.zip", async (int id, HttpContext http, CertificateService certificates, CancellationToken ct) =>
            {
                var path = PreparedDownloads.NewTempFile();
                try
                {
                    var editor = Actor.From(http.User);
                    string title;
                    await using (var file = File.Create(path))
                    {
                        (title, _) = await certificates.ForWorkshopAsync(id, editor, ct);
                        await certificates.WriteWorkshopZipAsync(id, editor, file, null, ct);
                    }
                    return Results.Stream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.DeleteOnClose),
                        "application/zip", CertificateService.ZipFileName(title));
                }
                catch (DomainException e)
                {
                    File.Delete(path);
                    return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization();

        endpoints.MapGet("/downloads/certificates/{token}", (string token, HttpContext http, PreparedDownloads downloads) =>
            {
                var userId = Actor.IdOf(http.User);
                if (userId is null || downloads.Take(token, userId) is not { } prepared)
                    return Results.Text("Unduhan ini tidak ada atau sudah kedaluwarsa. Siapkan lagi dari halaman sertifikat bimtek.", "text/plain; charset=utf-8",
                        statusCode: StatusCodes.Status404NotFound);
                return Results.Stream(new FileStream(prepared.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.DeleteOnClose),
                    "application/zip", prepared.FileName);
            })
            .RequireAuthorization();
    }

    /// <summary>The JSON of a verification: status and everything the certificate says.</summary>
    public static object Json(CertificateVerification v)
    {
        var c = v.Certificate;
        return new
        {
            status = v.StateKey,
            statusLabel = v.StateLabel,
            code = v.Code,
            reason = v.Reason,
            changedAt = v.ChangedAt,
            replacedBy = v.ReplacedByCode,
            certificate = c is null ? null : new
            {
                number = c.Number,
                kind = c.Kind == CertificateKind.Course ? "course" : "workshop",
                holderName = c.HolderName,
                position = c.HolderPosition,
                village = c.VillageName,
                regency = c.RegencyName,
                title = c.Title,
                track = c.TrackTitle,
                lessonHours = c.LessonHours,
                score = c.ScorePercent,
                completedOn = c.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                issuedOn = c.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                issuingPlace = c.IssuingPlace,
                issuingBody = c.IssuingBody,
                signatory = new { name = c.SignatoryName, title = c.SignatoryTitle, nip = c.SignatoryNip },
                verifyUrl = c.VerifyUrl,
            },
        };
    }
}
