using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class CertificatesIssueVerb : ICliVerb
{
    public string Name => "certificates issue";
    public string Usage => "certificates issue --course SLUG | --workshop ID";
    public string Summary => "Issue certificates to every eligible official of a course or workshop; prints the codes.";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var course = CliOptions.Value(options, "--course");
        var workshopText = CliOptions.Value(options, "--workshop");
        if ((course is null) == (workshopText is null)) throw new CliUsageException($"Usage: {Usage}");
        int workshopId = 0;
        if (workshopText is not null && !int.TryParse(workshopText, out workshopId)) throw new CliUsageException("--workshop needs the workshop's number, e.g. --workshop 12.");

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        var certificates = scope.ServiceProvider.GetRequiredService<CertificateService>();
        var result = course is not null
            ? await certificates.IssueForCourseAsync(course, CliOptions.Operator)
            : await certificates.IssueForWorkshopAsync(workshopId, CliOptions.Operator);
        foreach (var issued in result.Issued) await stdout.WriteLineAsync($"{issued.Code}\t{issued.Number}");
        await stdout.WriteLineAsync($"Certificates for {course ?? "workshop " + workshopId}: {result.Issued.Count} issued, {result.AlreadyIssued} already held, {result.NotEligible} not eligible.");
        return 0;
    }
}

internal sealed class CertificatesVerifyVerb : ICliVerb
{
    public string Name => "certificates verify";
    public string Usage => "certificates verify CODE";
    public string Summary => "Say whether a certificate is valid, revoked or replaced, and what it says.";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var code = CliOptions.Positional(options) ?? throw new CliUsageException($"Usage: {Usage}");
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        var v = await scope.ServiceProvider.GetRequiredService<CertificateService>().VerifyAsync(code);
        if (v.Certificate is not { } c)
        {
            await stderr.WriteLineAsync($"{code}: not found (Tidak ditemukan).");
            return 1;
        }
        await stdout.WriteLineAsync($"{VerificationCode.Display(v.Code!)}: {v.StateKey} ({v.StateLabel}){(v.Reason is null ? "" : " — " + v.Reason)}"
            + (v.ReplacedByCode is null ? "" : $"; replaced by {VerificationCode.Display(v.ReplacedByCode)}"));
        await stdout.WriteLineAsync($"  {c.Number} · {c.HolderName}{(c.HolderPosition is null ? "" : ", " + c.HolderPosition)}{(c.VillageName is null ? "" : ", " + c.VillageName)}");
        await stdout.WriteLineAsync($"  {c.KindLabel}: {c.Title} · {c.LessonHours} JP{(c.ScorePercent is { } s ? $" · nilai {s:0.##}" : "")} · {IndonesianDate.Format(c.IssuedOn)}");
        return v.State == VerificationState.Valid ? 0 : 1;
    }
}

internal sealed class CertificatesPdfVerb : ICliVerb
{
    public string Name => "certificates pdf";
    public string Usage => "certificates pdf CODE --out FILE";
    public string Summary => "Write a certificate's PDF (rendered from what it said when issued).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var code = CliOptions.Positional(options) ?? throw new CliUsageException($"Usage: {Usage}");
        var output = CliOptions.Value(options, "--out") ?? throw new CliUsageException($"Usage: {Usage}");
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        try
        {
            var (pdf, _) = await scope.ServiceProvider.GetRequiredService<CertificateService>().PdfAsync(code, Actor.Admin(CliOptions.Operator.UserId));
            await File.WriteAllBytesAsync(output, pdf);
            await stdout.WriteLineAsync($"Wrote {output} ({pdf.Length / 1024.0:0.#} KB).");
            return 0;
        }
        catch (CertificateNotFoundException e)
        {
            await stderr.WriteLineAsync($"{code}: {e.Message}");
            return 1;
        }
    }
}

internal sealed class CertificatesRevokeVerb : ICliVerb
{
    public string Name => "certificates revoke";
    public string Usage => "certificates revoke CODE --reason TEXT";
    public string Summary => "Revoke a certificate; the reason shows on its verification page.";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var code = CliOptions.Positional(options) ?? throw new CliUsageException($"Usage: {Usage}");
        var reason = CliOptions.Value(options, "--reason") ?? throw new CliUsageException($"Usage: {Usage}");
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        var certificates = scope.ServiceProvider.GetRequiredService<CertificateService>();
        await certificates.RevokeAsync(code, reason, Actor.Admin(CliOptions.Operator.UserId));
        await stdout.WriteLineAsync($"Revoked {VerificationCode.Display(VerificationCode.Normalize(code)!)}: {reason}");
        return 0;
    }
}
