using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Data.Migrations;

public class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_DesignTimeModel_HaveNoPendingModelChanges()
    {
        using var context = new SqliteLearningDbContextDesignFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --context SqliteLearningDbContext -o Data/Migrations/Sqlite");
    }

    [Fact]
    public void SqlServerMigrations_DesignTimeModel_HaveNoPendingModelChanges()
    {
        using var context = new SqlServerLearningDbContextDesignFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --context SqlServerLearningDbContext -o Data/Migrations/SqlServer");
    }

    [Fact]
    public async Task SqliteMigrations_ModelOfTheRunningApp_HasNoPendingModelChanges()
    {
        // The app's Identity options (schema version 3, passkeys) must give the model the migrations were made from.
        await using var database = await TestDatabase.CreateAsync();
        await using var context = database.CreateContext();
        Assert.IsType<SqliteLearningDbContext>(context);
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServerScript_Idempotent_CreatesEveryTable()
    {
        using var context = new SqlServerLearningDbContextDesignFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserPasskeys", "Regencies", "Districts", "Villages", "DataProtectionKeys" })
            Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("IF NOT EXISTS", script);
        // Staff sign in by email and have no phone: SQL Server allows one NULL in a unique index unless it is filtered.
        Assert.Contains("CREATE UNIQUE INDEX [IX_AspNetUsers_PhoneNumber] ON [AspNetUsers] ([PhoneNumber]) WHERE [PhoneNumber] IS NOT NULL", script);
        Assert.Contains("__EFMigrationsHistory", script);
    }

    [Fact]
    public async Task Migrate_FreshSqliteFile_AppliesEveryMigrationInWalMode()
    {
        await using var database = await TestDatabase.CreateFreshAsync();
        await using var context = database.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(context.Database.GetMigrations());

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_SecondTime_ChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var initializer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SmartVillage.Learning.Startup.DatabaseInitializer>(database.Services);

        await initializer.MigrateAsync();

        await using var context = database.CreateContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations_InTheSameOrder()
    {
        using var sqlite = new SqliteLearningDbContextDesignFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerLearningDbContextDesignFactory().CreateDbContext([]);

        static List<string> Names(DbContext context) => context.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]).ToList();

        Assert.Equal(Names(sqlite), Names(sqlServer));
        Assert.Equal("InitialCreate", Names(sqlite)[0]);   // squashed once before the first production install (decision 0015)
    }

    [Fact]
    public async Task Migrate_ADatabaseFromBeforeTheSquash_IsRefusedWithWhatToDo()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261129043758_ReportCopies', '10.0.15');";
            await command.ExecuteNonQueryAsync();
        }
        var initializer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SmartVillage.Learning.Startup.DatabaseInitializer>(database.Services);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => initializer.MigrateAsync());

        Assert.Contains("20261129043758_ReportCopies", refused.Message);
        Assert.Contains("App_Data/learning.db", refused.Message);
    }
}
