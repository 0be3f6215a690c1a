using System.Globalization;
using SmartVillage.Learning.Data.Backups;

namespace SmartVillage.Learning.Cli;

internal sealed class DbRestoreVerb : ICliVerb
{
    public string Name => "db restore";
    public string Usage => "db restore FILE";
    public string Summary => "Put a backup in place of the SQLite database; refused while the app runs (keeps the replaced file beside it).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var file = CliOptions.Positional(options) ?? throw new CliUsageException($"Usage: {Usage}");
        try
        {
            var facts = await services.GetRequiredService<SqliteBackup>().RestoreAsync(file);
            var kept = facts.KeptPrevious is null ? "there was no database before" : $"the previous database is kept as {facts.KeptPrevious}";
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Restored {facts.Backup.File} to {facts.Database} ({facts.Backup.Users:N0} accounts, migration {facts.Backup.LatestMigration}); {kept}. The app migrates it on its next start."));
            return 0;
        }
        catch (BackupException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
