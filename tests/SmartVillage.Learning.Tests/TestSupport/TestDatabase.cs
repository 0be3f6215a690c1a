using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>
/// A real SQLite file in its own temp folder, with the app's own service registration
/// (<c>AddLearningCore</c>), migrated and holding the reference data (roles, regions of Lampung).
/// Disposing deletes the folder.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? templateFile;

    private TestDatabase(string folder, string environmentName)
    {
        Folder = folder;
        File = Path.Combine(folder, "test.db");
        ConnectionString = $"Data Source={File}";
        Environment = new TestHostEnvironment(folder, environmentName);
        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Learning"] = ConnectionString,
                ["Content:Path"] = RepositoryPaths.Content,
            })
            .Build();
        Services = BuildServices();
    }

    /// <summary>
    /// Another app on this file with the same registration (an instance, or a release whose registration
    /// <paramref name="configure"/> changes); the caller disposes it.
    /// </summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(Configuration);
        services.AddSingleton<IHostEnvironment>(Environment);
        services.AddLearningCore(Configuration, Environment);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string Folder { get; }
    public string File { get; }
    public string ConnectionString { get; }
    public TestHostEnvironment Environment { get; }
    public IConfiguration Configuration { get; }
    public ServiceProvider Services { get; }

    /// <summary>A new database file built from nothing: every migration applied, then roles and regions imported.</summary>
    public static async Task<TestDatabase> CreateFreshAsync(string environmentName = "Development")
    {
        var db = new TestDatabase(NewFolder(), environmentName);
        await db.InitializeAsync();
        return db;
    }

    /// <summary>
    /// A database of its own, copied from a fresh one built once per test run (importing 2,651 villages
    /// for every test would be slow), then brought up to date by the app's initializer like any database.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string environmentName = "Development")
    {
        var template = await TemplateAsync();
        var folder = NewFolder();
        System.IO.File.Copy(template, Path.Combine(folder, "test.db"));
        var db = new TestDatabase(folder, environmentName);
        await db.InitializeAsync();
        return db;
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (templateFile is not null) return templateFile;
            await using var template = await CreateFreshAsync();
            var file = Path.Combine(Path.GetTempPath(), $"smartvillage-template-{Guid.NewGuid():N}.db");
            await using (var connection = new SqliteConnection(template.ConnectionString))
            {
                await connection.OpenAsync();
                // VACUUM INTO writes one consistent, self-contained file (WAL content included).
                await using var command = connection.CreateCommand();
                command.CommandText = $"VACUUM INTO '{file.Replace("'", "''")}'";
                await command.ExecuteNonQueryAsync();
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(() => System.IO.File.Delete(file));
            return templateFile = file;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private async Task InitializeAsync()
    {
        var initializer = Services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();
    }

    public LearningDbContext CreateContext() => Services.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContext();

    /// <summary>Runs <paramref name="use"/> with a service from a fresh scope (Identity's managers are scoped).</summary>
    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>An account with no role, for rows that need an owner; returns its id.</summary>
    public async Task<string> AddUserAsync(string fullName)
    {
        var user = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@smartvillage.test", FullName = fullName, CreatedAt = DateTimeOffset.UtcNow };
        await QueryAsync(async db =>
        {
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        return user.Id;
    }

    public Task<int> CountUsersAsync() => QueryAsync(db => db.Users.CountAsync());

    public async Task<T> QueryAsync<T>(Func<LearningDbContext, Task<T>> query)
    {
        await using var db = CreateContext();
        return await query(db);
    }

    public async Task<ApplicationUser?> FindByPhoneAsync(string e164) =>
        await QueryAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.PhoneNumber == e164));

    public async Task<IList<string>> RolesOfAsync(ApplicationUser user) =>
        await InScopeAsync<UserManager<ApplicationUser>, IList<string>>(users => users.GetRolesAsync(user));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        DeleteFolder();
    }

    public void Dispose()
    {
        Services.Dispose();
        DeleteFolder();
    }

    private void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        TryDelete(() => Directory.Delete(Folder, recursive: true));
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "smartvillage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void TryDelete(Action delete)
    {
        try { delete(); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>One migrated database shared by a test class that only reads.</summary>
public sealed class SharedDatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
