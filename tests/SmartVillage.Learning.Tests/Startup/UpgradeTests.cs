using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Notifications;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Startup;

/// <summary>
/// An upgrade as docs/deployment.md runs it: the next release's <c>db migrate</c> on a database two instances of the
/// running release are writing to. The next release is this build plus <see cref="NextReleaseMigration"/>; the production
/// end-to-end test runs the same steps with the published app, nginx and a browser.
/// </summary>
public sealed class UpgradeTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync("Production");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task NextRelease_MigratedWhileTwoInstancesWrite_AppliesItsMigrationOnce_AndBothReleasesRunOnTheResult()
    {
        // A running install with data: an official's notifications, and two instances of this release writing more.
        var userId = await database.AddUserAsync("Uji Pembaruan");
        await database.QueryAsync(async db =>
        {
            db.Notifications.AddRange(Enumerable.Range(0, 500).Select(i => new Notification(userId, "upgrade", $"Sebelum pembaruan {i}", "/", DateTimeOffset.UtcNow)));
            return await db.SaveChangesAsync();
        });
        await using var oldA = database.BuildServices();
        await using var oldB = database.BuildServices();
        using var runningA = await StartInstanceAsync(oldA);
        using var runningB = await StartInstanceAsync(oldB);
        var load = WriteLoad.Start(userId, oldA, oldB);
        await load.WaitForMoreAsync(20);

        // The next release: its `db migrate`, and its two instances started at the same moment (an operator who skipped
        // the guide's order, or systemd starting them early): the migration must still run once.
        await using var nextMigrate = database.BuildServices(NextReleaseMigrations.Register);
        await using var nextA = database.BuildServices(NextReleaseMigrations.Register);
        await using var nextB = database.BuildServices(NextReleaseMigrations.Register);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var migrating = Task.Run(async () => { await go.Task; return await nextMigrate.GetRequiredService<DatabaseInitializer>().MigrateAsync(); });
        var startingA = Task.Run(async () => { await go.Task; return await StartInstanceAsync(nextA); });
        var startingB = Task.Run(async () => { await go.Task; return await StartInstanceAsync(nextB); });
        var lastBefore = await SqliteFile.ScalarAsync(database.File, "SELECT max(Id) FROM Notifications");
        go.SetResult();
        var migratedTo = await migrating.WaitAsync(TimeSpan.FromMinutes(2));
        using var runningNextA = await startingA.WaitAsync(TimeSpan.FromMinutes(2));
        using var runningNextB = await startingB.WaitAsync(TimeSpan.FromMinutes(2));
        var lastDuring = await SqliteFile.ScalarAsync(database.File, "SELECT max(Id) FROM Notifications");

        // The old instances write on through and after the migration.
        await load.WaitForMoreAsync(20);
        await load.StopAsync();

        Assert.Equal(NextReleaseMigration.Id, migratedTo);
        Assert.Equal(1, await SqliteFile.ScalarAsync(database.File, $"SELECT count(*) FROM __EFMigrationsHistory WHERE MigrationId = '{NextReleaseMigration.Id}'"));
        // Its data step ran once: every row there before it has Importance 1, none has more; rows the old release wrote
        // after it have the column's default.
        Assert.Equal(0, await SqliteFile.ScalarAsync(database.File, "SELECT count(*) FROM Notifications WHERE Importance NOT IN (0, 1)"));
        Assert.Equal(0, await SqliteFile.ScalarAsync(database.File, $"SELECT count(*) FROM Notifications WHERE Id <= {lastBefore} AND Importance <> 1"));
        var writtenAfter = await SqliteFile.ScalarAsync(database.File, $"SELECT count(*) FROM Notifications WHERE Id > {lastDuring}");
        Assert.True(writtenAfter >= 20, $"The old instances wrote {writtenAfter} rows after the migration.");
        Assert.Equal(writtenAfter, await SqliteFile.ScalarAsync(database.File, $"SELECT count(*) FROM Notifications WHERE Id > {lastDuring} AND Importance = 0"));

        // Nothing lost, and both releases read it all.
        var total = 500 + load.Committed.Count;
        Assert.Equal(total, await CountNotificationsAsync(oldA));
        Assert.Equal(total, await CountNotificationsAsync(nextA));
        await using (var db = await nextB.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContextAsync())
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        // An old instance that restarts now (a crash; systemd's Restart=always) starts on the newer schema instead of refusing.
        await using var oldRestarted = database.BuildServices();
        using var runningAgain = await StartInstanceAsync(oldRestarted);
        Assert.Equal(NextReleaseMigration.Id, await oldRestarted.GetRequiredService<DatabaseInitializer>().MigrateAsync());
        Assert.Equal(total, await CountNotificationsAsync(oldRestarted));
    }

    /// <summary>What the web host does first: take the database's in-use lock, migrate, fill what is missing.</summary>
    private static async Task<DatabaseInitializerHostedService> StartInstanceAsync(IServiceProvider instance)
    {
        var hosted = new DatabaseInitializerHostedService(instance.GetRequiredService<DatabaseInitializer>(), instance.GetRequiredService<DatabaseSettings>());
        try
        {
            await hosted.StartAsync(CancellationToken.None);
            return hosted;
        }
        catch
        {
            hosted.Dispose();
            throw;
        }
    }

    private static async Task<int> CountNotificationsAsync(IServiceProvider instance)
    {
        await using var db = await instance.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContextAsync();
        return await db.Notifications.CountAsync();
    }
}
