using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Notifications;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Data.Backups;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Cli;

/// <summary>Issue 15 item 3: <c>db backup</c> while the app writes, <c>db restore</c> into another folder, every row there.</summary>
[Collection(CliCollection.Name)]
public sealed class DbBackupVerbTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static Task<(int Exit, string Out, string Err)> RunAsync(string connectionString, params string[] args) =>
        CliHarness.RunAsync(DatabaseProvider.Sqlite, connectionString, "Production", args);

    [Fact]
    public async Task Backup_WhileWritersCommit_RestoresIntoANewFolderWithEveryRowCommittedBeforeIt()
    {
        var userId = await AddUserAsync();
        // Enough rows that the copy takes a while, so writers commit while it runs.
        await database.QueryAsync(async db =>
        {
            db.Notifications.AddRange(Enumerable.Range(0, 5_000).Select(i => new Notification(userId, "load", $"Baris awal {i}", "/", DateTimeOffset.UtcNow)));
            return await db.SaveChangesAsync();
        });

        var committed = new ConcurrentBag<(long Id, long At)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var factory = database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();
        var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await using var db = await factory.CreateDbContextAsync();
                var row = new Notification(userId, "load", $"Penulis {w} baris {i}", "/", DateTimeOffset.UtcNow);
                db.Notifications.Add(row);
                await db.SaveChangesAsync();
                committed.Add((row.Id, clock.ElapsedTicks));
            }
        })).ToList();
        await WaitUntilAsync(() => committed.Count >= 30);

        var backupFile = Path.Combine(database.Folder, "cadangan", "learning-backup.db");
        var started = clock.ElapsedTicks;
        var backup = await RunAsync(database.ConnectionString, "db", "backup", "--out", backupFile);
        var ended = clock.ElapsedTicks;
        var countAtEnd = committed.Count;
        await WaitUntilAsync(() => committed.Count >= countAtEnd + 10);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(backup.Exit == 0, backup.Err);
        Assert.Contains("Backup written to", backup.Out);
        var before = committed.Where(c => c.At < started).Select(c => c.Id).ToHashSet();
        Assert.Contains(committed, c => c.At > started && c.At < ended); // the app kept writing while the copy was made

        var newFolder = Path.Combine(Path.GetTempPath(), "smartvillage-tests", "restore-" + Guid.NewGuid().ToString("N"));
        var restoredFile = Path.Combine(newFolder, "learning.db");
        try
        {
            var restore = await RunAsync($"Data Source={restoredFile}", "db", "restore", backupFile);
            Assert.True(restore.Exit == 0, restore.Err);
            Assert.Contains("there was no database before", restore.Out);

            var restoredIds = await IdsAsync(restoredFile);
            Assert.Empty(before.Except(restoredIds));
            Assert.True(restoredIds.Count >= 5_000 + before.Count);
            // A snapshot, not a torn copy: the rows it holds are the first N ever committed, with no hole.
            Assert.Equal(restoredIds.Count, restoredIds.Max());
            Assert.Equal(2651, await ScalarAsync(restoredFile, "SELECT count(*) FROM Villages"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(newFolder)) Directory.Delete(newFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_WhileTheAppRuns_IsRefusedAndChangesNothing_ThenKeepsTheReplacedDatabase()
    {
        var backupFile = Path.Combine(database.Folder, "before.db");
        Assert.Equal(0, (await RunAsync(database.ConnectionString, "db", "backup", "--out", backupFile)).Exit);
        var userId = await AddUserAsync();

        // The web host's start-up takes the database's in-use lock, as a running instance does.
        (int Exit, string Out, string Err) refused;
        using (var running = new DatabaseInitializerHostedService(database.Services.GetRequiredService<DatabaseInitializer>(), database.Services.GetRequiredService<DatabaseSettings>()))
        {
            await running.StartAsync(CancellationToken.None);
            refused = await RunAsync(database.ConnectionString, "db", "restore", backupFile);
        }

        Assert.Equal(1, refused.Exit);
        Assert.Contains("The app is running", refused.Err);
        Assert.Equal(1, await database.QueryAsync(db => db.Users.CountAsync(u => u.Id == userId)));

        var restored = await RunAsync(database.ConnectionString, "db", "restore", backupFile);
        Assert.True(restored.Exit == 0, restored.Err);
        Assert.Equal(0, await database.QueryAsync(db => db.Users.CountAsync(u => u.Id == userId)));
        var kept = Directory.GetFiles(database.Folder, "test.db.before-restore-*").Single();
        Assert.Contains(kept, restored.Out);
        Assert.Equal(1, await ScalarAsync(kept, $"SELECT count(*) FROM AspNetUsers WHERE Id = '{userId}'"));
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNoDatabase_IsRefusedWithTheReason()
    {
        var notes = Path.Combine(database.Folder, "catatan.txt");
        await File.WriteAllTextAsync(notes, "bukan basis data");

        var (exit, _, stderr) = await RunAsync(database.ConnectionString, "db", "restore", notes);

        Assert.Equal(1, exit);
        Assert.Contains("not a readable SQLite database", stderr);
        Assert.Equal(2651, await ScalarAsync(database.File, "SELECT count(*) FROM Villages"));
    }

    [Fact]
    public async Task Backup_OnSqlServer_IsRefusedWithTheCommandToUse()
    {
        var (exit, _, stderr) = await CliHarness.RunAsync(DatabaseProvider.SqlServer,
            "Server=db.example;Database=SmartVillageProd;User Id=app;Password=x;TrustServerCertificate=True", "Production",
            "db", "backup", "--out", Path.Combine(database.Folder, "x.db"));

        Assert.Equal(1, exit);
        Assert.Contains("BACKUP DATABASE [SmartVillageProd]", stderr);
        Assert.False(File.Exists(Path.Combine(database.Folder, "x.db")));
    }

    private async Task<string> AddUserAsync()
    {
        var user = new ApplicationUser { UserName = $"cadangan-{Guid.NewGuid():N}@smartvillage.test", FullName = "Uji Cadangan", CreatedAt = DateTimeOffset.UtcNow };
        await database.QueryAsync(async db =>
        {
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        return user.Id;
    }

    private static async Task<List<long>> IdsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Notifications";
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("The writers stopped committing.");
            await Task.Delay(10);
        }
    }
}
