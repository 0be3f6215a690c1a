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
        var userId = await database.AddUserAsync("Uji Cadangan");
        // Enough rows that the copy takes a while, so writers commit while it runs.
        await database.QueryAsync(async db =>
        {
            db.Notifications.AddRange(Enumerable.Range(0, 5_000).Select(i => new Notification(userId, "load", $"Baris awal {i}", "/", DateTimeOffset.UtcNow)));
            return await db.SaveChangesAsync();
        });

        var load = WriteLoad.Start(userId, database.Services, database.Services, database.Services);
        await load.WaitForMoreAsync(30);

        var backupFile = Path.Combine(database.Folder, "cadangan", "learning-backup.db");
        var started = load.Clock.ElapsedTicks;
        var backup = await RunAsync(database.ConnectionString, "db", "backup", "--out", backupFile);
        var ended = load.Clock.ElapsedTicks;
        await load.WaitForMoreAsync(10);
        await load.StopAsync();
        var committed = load.Committed;

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

            var restoredIds = await SqliteFile.LongsAsync(restoredFile, "SELECT Id FROM Notifications");
            Assert.Empty(before.Except(restoredIds));
            Assert.True(restoredIds.Count >= 5_000 + before.Count);
            // A snapshot, not a torn copy: the rows it holds are the first N ever committed, with no hole.
            Assert.Equal(restoredIds.Count, restoredIds.Max());
            Assert.Equal(2651, await SqliteFile.ScalarAsync(restoredFile, "SELECT count(*) FROM Villages"));
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
        var userId = await database.AddUserAsync("Uji Cadangan");

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
        Assert.Equal(1, await SqliteFile.ScalarAsync(kept, $"SELECT count(*) FROM AspNetUsers WHERE Id = '{userId}'"));
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNoDatabase_IsRefusedWithTheReason()
    {
        var notes = Path.Combine(database.Folder, "catatan.txt");
        await File.WriteAllTextAsync(notes, "bukan basis data");

        var (exit, _, stderr) = await RunAsync(database.ConnectionString, "db", "restore", notes);

        Assert.Equal(1, exit);
        Assert.Contains("not a readable SQLite database", stderr);
        Assert.Equal(2651, await SqliteFile.ScalarAsync(database.File, "SELECT count(*) FROM Villages"));
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
}
