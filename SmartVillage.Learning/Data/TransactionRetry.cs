using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SmartVillage.Learning.Data;

/// <summary>
/// When a transaction that lost a race is worth running again from a fresh read, on either provider. The services'
/// retry loops (seats, certificate numbers, competency evidence and confirmations) open a new context per attempt, so
/// nothing stale is carried over. Anything else (a bug, a missing table, an optimistic-concurrency conflict that the
/// caller reports to the person) is not retried.
/// </summary>
public static class TransactionRetry
{
    // SQLite: the file's write lock was taken (BUSY, LOCKED) past the busy timeout, or a unique key refused the row.
    private const int SqliteBusy = 5, SqliteLocked = 6;
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    // SQL Server: chosen as a deadlock victim, a snapshot update conflict, a lock wait timeout, a duplicate key.
    public const int SqlServerDeadlock = 1205, SqlServerSnapshotConflict = 3960, SqlServerLockTimeout = 1222;
    private const int SqlServerUniqueIndex = 2601, SqlServerUniqueConstraint = 2627;

    public static bool ShouldRetry(Exception e) => e switch
    {
        DbUpdateConcurrencyException => false,
        // SaveChanges wraps what the provider said; a unique index refusing the loser of a race is the usual case.
        DbUpdateException { InnerException: { } inner } => IsProviderRace(inner) || inner is not (SqliteException or SqlException),
        DbUpdateException => true,
        _ => IsProviderRace(e),
    };

    private static bool IsProviderRace(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is SqliteBusy or SqliteLocked || s.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        SqlException s => s.Errors.Cast<SqlError>().Any(r => r.Number is SqlServerDeadlock or SqlServerSnapshotConflict or SqlServerLockTimeout
            or SqlServerUniqueIndex or SqlServerUniqueConstraint),
        _ => false,
    };
}
