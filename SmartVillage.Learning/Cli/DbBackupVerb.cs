using System.Globalization;
using SmartVillage.Learning.Data.Backups;

namespace SmartVillage.Learning.Cli;

internal sealed class DbBackupVerb : ICliVerb
{
    public string Name => "db backup";
    public string Usage => "db backup --out FILE";
    public string Summary => "Copy the SQLite database to FILE while the app serves (SQL Server: prints the BACKUP DATABASE command).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var file = CliOptions.Value(options, "--out") ?? throw new CliUsageException($"Usage: {Usage}");
        try
        {
            var facts = await services.GetRequiredService<SqliteBackup>().BackupAsync(file);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backup written to {facts.File} ({facts.Bytes / 1024.0 / 1024.0:0.0} MB, {facts.Users:N0} accounts, migration {facts.LatestMigration}); checked whole."));
            return 0;
        }
        catch (BackupException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
