using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Competencies;

namespace SmartVillage.Learning.Cli;

/// <summary>The operator's repair: copies every official's competency evidence again from the facts it rests on.</summary>
internal sealed class ReportRefreshVerb : ICliVerb
{
    public string Name => "report refresh";
    public string Usage => "report refresh";
    public string Summary => "Recompute every official's stored competency evidence (the dashboard's levels) from courses, attendance, tests and certificates.";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var rows = await services.GetRequiredService<EarnedEvidenceRefresher>().RebuildAsync();
        await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Competency evidence: {rows:N0} rows in {started.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
