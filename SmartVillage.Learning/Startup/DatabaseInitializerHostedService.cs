using Microsoft.Data.Sqlite;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Data.Backups;

namespace SmartVillage.Learning.Startup;

/// <summary>
/// Runs the initializer before the web host accepts requests. On SQLite it holds the database's in-use lock for as
/// long as the app runs, so <c>db restore</c> refuses to swap the file under it.
/// </summary>
internal sealed class DatabaseInitializerHostedService(DatabaseInitializer initializer, DatabaseSettings settings) : IHostedService, IDisposable
{
    private DatabaseInUseLock? _inUse;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource is { } dataSource && dataSource != ":memory:")
        {
            var file = Path.GetFullPath(dataSource);
            _inUse = DatabaseInUseLock.TryShared(file)
                ?? throw new InvalidOperationException($"A restore is replacing {file}: start the app again when it has finished.");
        }
        return initializer.InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _inUse?.Dispose();
}
