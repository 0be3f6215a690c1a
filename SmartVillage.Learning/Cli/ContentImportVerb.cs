using SmartVillage.Learning.Data;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Features.ContentImport;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class ContentImportVerb : ICliVerb
{
    public string Name => "content import";
    public string Usage => "content import [DIR]";
    public string Summary => "Load tracks and courses from content/ (all or nothing).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var directory = options.FirstOrDefault(o => !o.StartsWith("--"));
        if (directory is not null && !Directory.Exists(directory)) throw new CliUsageException($"Folder not found: {directory}");

        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureRolesAndRegionsAsync();

        var summary = await services.GetRequiredService<ContentImporter>().ImportAsync(directory is null ? null : Path.GetFullPath(directory));
        if (!summary.Succeeded)
        {
            foreach (var error in summary.Errors) await stderr.WriteLineAsync(error.ToString());
            await stderr.WriteLineAsync($"Nothing imported: {summary.Errors.Count} error(s).");
            return 1;
        }
        await stdout.WriteLineAsync($"Content imported: {summary}.");
        return 0;
    }
}
