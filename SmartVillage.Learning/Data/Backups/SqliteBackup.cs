using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace SmartVillage.Learning.Data.Backups;

/// <summary>
/// Copies of the SQLite database a person can take and put back. A backup is <c>VACUUM INTO</c>: one read transaction,
/// so it is a consistent snapshot (the WAL's committed pages included) while the app goes on writing. A restore keeps the
/// database it replaces beside it and refuses while an instance runs on the file (<see cref="DatabaseInUseLock"/>).
/// SQL Server keeps its own tools (<c>BACKUP DATABASE</c>, <c>RESTORE DATABASE</c>): both verbs name them instead.
/// </summary>
public sealed class SqliteBackup(DatabaseSettings settings, TimeProvider clock)
{
    public async Task<BackupFacts> BackupAsync(string outFile, CancellationToken ct = default)
    {
        DemandSqlite(SqlServerBackupCommand);
        var source = DatabaseFile();
        if (!File.Exists(source)) throw new BackupException($"There is no database at {source} to back up.");
        var target = Path.GetFullPath(outFile);
        if (File.Exists(target)) throw new BackupException($"{target} already exists: a backup never overwrites a file; choose a new name.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target under another name, then renamed: a backup interrupted half-way is never taken for a whole one.
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await using (var connection = new SqliteConnection(settings.ConnectionString))
            {
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = "VACUUM INTO $file";
                command.Parameters.AddWithValue("$file", partial);
                await command.ExecuteNonQueryAsync(ct);
            }
            var facts = await ReadFactsAsync(partial, ct);
            File.Move(partial, target);
            return facts with { File = target };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }
    }

    public async Task<RestoreFacts> RestoreAsync(string backupFile, CancellationToken ct = default)
    {
        DemandSqlite(SqlServerRestoreCommand);
        var source = Path.GetFullPath(backupFile);
        if (!File.Exists(source)) throw new BackupException($"Backup not found: {source}");
        var facts = await ReadFactsAsync(source, ct);
        var target = DatabaseFile();

        using var alone = DatabaseInUseLock.TryExclusive(target)
            ?? throw new BackupException($"The app is running on {target}: stop every instance first (sudo systemctl stop 'smartvillage@*'), then restore. Nothing was changed.");
        SqliteConnection.ClearAllPools();
        var incoming = target + ".restoring";
        File.Copy(source, incoming, overwrite: true);
        string? kept = null;
        if (File.Exists(target))
        {
            // The database being replaced stays beside it, whole (its WAL folded in), until a person deletes it.
            kept = $"{target}.before-restore-{clock.GetUtcNow():yyyyMMdd-HHmmss}";
            await using (var connection = new SqliteConnection(settings.ConnectionString))
            {
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = "VACUUM INTO $file";
                command.Parameters.AddWithValue("$file", kept);
                await command.ExecuteNonQueryAsync(ct);
            }
            SqliteConnection.ClearAllPools();
        }
        foreach (var stale in new[] { target, target + "-wal", target + "-shm" }) File.Delete(stale);
        File.Move(incoming, target);
        return new RestoreFacts(facts, target, kept);
    }

    /// <summary>Opens a copy read-only and checks it is a whole database of this app before anyone relies on it.</summary>
    private static async Task<BackupFacts> ReadFactsAsync(string file, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            var check = (string?)await ScalarAsync(connection, "PRAGMA quick_check", ct);
            if (check != "ok") throw new BackupException($"{file} is damaged (quick_check: {check}).");
            if (Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct)) == 0)
                throw new BackupException($"{file} is a SQLite file but not a SmartVillage database (it has no migration history).");
            var migration = (string?)await ScalarAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1", ct);
            var users = Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM AspNetUsers", ct));
            return new BackupFacts(file, new FileInfo(file).Length, migration ?? "(none)", users);
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{file} is not a readable SQLite database: {e.Message}");
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private string DatabaseFile() => Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);

    private void DemandSqlite(Func<string> sqlServerCommand)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
            throw new BackupException($"This database is on SQL Server, which backs up and restores itself. Use:\n  {sqlServerCommand()}");
    }

    private string DatabaseName() =>
        new SqlConnectionStringBuilder(settings.ConnectionString).InitialCatalog is { Length: > 0 } name ? name : "SmartVillage";

    private string SqlServerBackupCommand() =>
        $"sqlcmd -S <server> -Q \"BACKUP DATABASE [{DatabaseName()}] TO DISK = N'/var/opt/mssql/backup/{DatabaseName()}.bak' WITH COPY_ONLY, CHECKSUM, COMPRESSION\"";

    private string SqlServerRestoreCommand() =>
        $"sqlcmd -S <server> -Q \"RESTORE DATABASE [{DatabaseName()}] FROM DISK = N'/var/opt/mssql/backup/{DatabaseName()}.bak' WITH REPLACE, CHECKSUM\" (stop every instance first)";
}

/// <summary>What a backup file holds: its size, its newest migration and how many accounts.</summary>
public sealed record BackupFacts(string File, long Bytes, string LatestMigration, long Users);

public sealed record RestoreFacts(BackupFacts Backup, string Database, string? KeptPrevious);

/// <summary>A backup or restore refused for a reason the operator can act on; nothing was changed.</summary>
public sealed class BackupException(string message) : Exception(message);
