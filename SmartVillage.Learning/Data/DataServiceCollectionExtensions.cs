using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Data.Backups;
using SmartVillage.Learning.Infrastructure.Security;

namespace SmartVillage.Learning.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// One short-lived context per operation through <see cref="IDbContextFactory{LearningDbContext}"/>:
    /// Blazor Server circuits live for hours and must never hold a context.
    /// </summary>
    public static IServiceCollection AddLearningData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Learning");

        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new StartupConfigurationException("Database:Provider is SqlServer but ConnectionStrings:Learning is empty: set it (in production, in the secrets file; see docs/deployment.md).");
                // No retrying execution strategy: it refuses the services' own transactions unless each is wrapped in it, and
                // it would replay a half-tracked context. The services retry their transactions from a fresh context instead
                // (TransactionRetry: deadlock 1205, snapshot conflict 3960, lock timeout 1222, duplicate key); decision 0018.
                services.AddDbContextFactory<SqlServerLearningDbContext>(o => o.UseSqlServer(connectionString)
                    .AddInterceptors(new BidiControlsInterceptor()));
                services.AddSingleton<IDbContextFactory<LearningDbContext>, ProviderContextFactory<SqlServerLearningDbContext>>();
                break;
            default:
                connectionString = SqliteConnectionString(connectionString, environment.ContentRootPath);
                services.AddDbContextFactory<SqliteLearningDbContext>(o => o
                    .UseSqlite(connectionString)
                    .AddInterceptors(new SqliteBusyTimeoutInterceptor(), new BidiControlsInterceptor()));
                services.AddSingleton<IDbContextFactory<LearningDbContext>, ProviderContextFactory<SqliteLearningDbContext>>();
                break;
        }

        // Identity and the data-protection key ring resolve a scoped context.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContext());
        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        services.AddSingleton<SqliteBackup>();
        return services;
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/learning.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
