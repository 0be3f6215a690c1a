using Microsoft.EntityFrameworkCore;

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
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Learning is empty.");
                services.AddDbContextFactory<SqlServerLearningDbContext>(o => o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
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
