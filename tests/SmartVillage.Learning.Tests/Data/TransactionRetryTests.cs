using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Tests.Data.SqlServer;
using SmartVillage.Learning.Tests.Features.Workshops;

namespace SmartVillage.Learning.Tests.Data;

/// <summary>
/// Issue 15 item 4: the rule the services' retry loops share treats SQL Server's deadlock (1205) and snapshot conflict
/// (3960) as it treats SQLite's busy database: run the transaction again from a fresh read. Shown on the rule and on a
/// serializable seat transaction (a workshop registration) whose first tries fail the way SQL Server fails them.
/// </summary>
public sealed class TransactionRetryTests(WorkshopWorld world) : IClassFixture<WorkshopWorld>
{
    public static TheoryData<string, bool> Errors => new()
    {
        { "SQLite busy", true }, { "SQLite locked", true }, { "SQLite unique", true }, { "SQLite foreign key", false },
        { "SQL Server deadlock 1205", true }, { "SQL Server snapshot conflict 3960", true }, { "SQL Server lock timeout 1222", true },
        { "SQL Server duplicate key 2627", true }, { "SQL Server duplicate index 2601", true }, { "SQL Server invalid object 208", false },
        { "SQL Server foreign key 547", false }, { "concurrency token", false }, { "deadlock inside SaveChanges", true },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void ShouldRetry_ProviderErrors(string error, bool retried) => Assert.Equal(retried, TransactionRetry.ShouldRetry(Make(error)));

    [Fact]
    public async Task Registration_DeadlockThenSnapshotConflict_IsRetriedAndSeatsOnce()
    {
        var workshop = await world.PublishedWorkshopAsync();
        var official = world.Officials[0].Id;
        var faults = new FailingInserts("\"Registrations\"", SqlServerErrors.Exception(1205), SqlServerErrors.Exception(3960));

        var outcome = await new WorkshopRegistrationService(Factory(faults), world.Clock).RegisterAsync(workshop, official);

        Assert.Equal(RegistrationStatus.Registered, outcome.Status);
        Assert.Equal(0, faults.Left);
        Assert.Equal(1, await world.Database.QueryAsync(db => db.Registrations.CountAsync(r => r.WorkshopId == workshop && r.UserId == official)));
    }

    [Fact]
    public async Task Registration_ErrorThatNoRetryCures_IsNotRetried()
    {
        var workshop = await world.PublishedWorkshopAsync();
        var official = world.Officials[1].Id;
        var faults = new FailingInserts("\"Registrations\"", SqlServerErrors.Exception(208), SqlServerErrors.Exception(208));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => new WorkshopRegistrationService(Factory(faults), world.Clock).RegisterAsync(workshop, official));

        Assert.Equal(1, faults.Left);
        Assert.Equal(0, await world.Database.QueryAsync(db => db.Registrations.CountAsync(r => r.WorkshopId == workshop && r.UserId == official)));
    }

    private static Exception Make(string error) => error switch
    {
        "SQLite busy" => new SqliteException("database is locked", 5),
        "SQLite locked" => new SqliteException("database table is locked", 6),
        "SQLite unique" => new SqliteException("UNIQUE constraint failed", 19, 2067),
        "SQLite foreign key" => new SqliteException("FOREIGN KEY constraint failed", 19, 787),
        "SQL Server deadlock 1205" => SqlServerErrors.Exception(1205),
        "SQL Server snapshot conflict 3960" => SqlServerErrors.Exception(3960),
        "SQL Server lock timeout 1222" => SqlServerErrors.Exception(1222),
        "SQL Server duplicate key 2627" => SqlServerErrors.Exception(2627),
        "SQL Server duplicate index 2601" => SqlServerErrors.Exception(2601),
        "SQL Server invalid object 208" => SqlServerErrors.Exception(208),
        "SQL Server foreign key 547" => SqlServerErrors.Exception(547),
        "concurrency token" => new DbUpdateConcurrencyException("changed"),
        "deadlock inside SaveChanges" => new DbUpdateException("save failed", SqlServerErrors.Exception(1205)),
        _ => throw new ArgumentOutOfRangeException(nameof(error)),
    };

    private IDbContextFactory<LearningDbContext> Factory(FailingInserts faults) =>
        new FaultyFactory(new DbContextOptionsBuilder<SqliteLearningDbContext>()
            .UseSqlite(world.Database.ConnectionString)
            .UseApplicationServiceProvider(world.Database.Services)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(), faults)
            .Options);

    private sealed class FaultyFactory(DbContextOptions<SqliteLearningDbContext> options) : IDbContextFactory<LearningDbContext>
    {
        public LearningDbContext CreateDbContext() => new SqliteLearningDbContext(options);
    }

    /// <summary>Fails the next inserts into one table with the given errors, in order, before they reach the database.</summary>
    private sealed class FailingInserts(string table, params Exception[] errors) : DbCommandInterceptor
    {
        private readonly Queue<Exception> _errors = new(errors);

        public int Left => _errors.Count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO " + table, StringComparison.Ordinal) && _errors.TryDequeue(out var error)) throw error;
            return ValueTask.FromResult(result);
        }
    }
}
