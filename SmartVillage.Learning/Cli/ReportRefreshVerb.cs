using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

/// <summary>The operator's repair: recounts attendance per registration and copies every official's competency evidence again from the facts.</summary>
internal sealed class ReportRefreshVerb : ICliVerb
{
    public string Name => "report refresh";
    public string Usage => "report refresh";
    public string Summary => "Recompute the report's stored copies: attendance counts per registration and every official's competency evidence.";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using (var db = await services.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContextAsync())
            await RegistrationAttendance.RecountAsync(db, null, CancellationToken.None);
        var rows = await services.GetRequiredService<EarnedEvidenceRefresher>().RebuildAsync();
        await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Competency evidence: {rows:N0} rows in {started.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
