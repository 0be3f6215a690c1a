using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class ReportCompetencyVerb : ICliVerb
{
    public string Name => "report competency";
    public string Usage => "report competency [--regency CODE] --format xlsx|pdf|csv --out FILE";
    public string Summary => "Write the competency report of the province or one regency.";

    /// <summary>The command line reads the whole province, as an admin would.</summary>
    private static readonly Actor Operator = new("cli", IsAdmin: true, IsReviewer: false, ReviewerRegencyCode: null);

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var format = CliOptions.Value(options, "--format") ?? throw new CliUsageException($"Usage: {Usage}");
        if (format is not ("xlsx" or "pdf" or "csv")) throw new CliUsageException($"--format is xlsx, pdf or csv. Usage: {Usage}");
        var output = CliOptions.Value(options, "--out") ?? throw new CliUsageException($"Usage: {Usage}");
        var regency = CliOptions.Value(options, "--regency");

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        var documents = scope.ServiceProvider.GetRequiredService<ReportDocuments>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (content, _, _) = await documents.RenderAsync(Operator, regency, ReportFilter.None, format);
        var temporary = output + ".part";
        await File.WriteAllBytesAsync(temporary, content);
        File.Move(temporary, output, overwrite: true);
        await stdout.WriteLineAsync($"Wrote the competency report of {regency ?? "the province"} to {output} ({content.Length / 1024.0:0.#} KiB, {started.ElapsedMilliseconds} ms).");
        return 0;
    }
}
