using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using SmartVillage.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Features.Reports.Levels;
using SmartVillage.Learning.Seeding.Synthetic;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Benchmarks;

/// <summary>
/// The province-scale data set (DESIGN.md §7) in a SQLite file, built once by `seed synthetic` and reused, with the
/// app's own services over it.
/// </summary>
public sealed class ReportScale : IAsyncDisposable
{
    public static readonly Actor Province = new("benchmark", IsAdmin: false, IsReviewer: true, ReviewerRegencyCode: null);
    public const string Tanggamus = "18.06";

    public static string DefaultDatabase => Path.Combine(Path.GetTempPath(), "smartvillage-benchmark", "province.db");

    private ReportScale(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static async Task<ReportScale> OpenAsync(string file, int villages = 2651, int officialsPerVillage = 10, int seed = 42, TextWriter? log = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Learning"] = $"Data Source={file}",
            ["Content:Path"] = Path.Combine(AppContext.BaseDirectory, "content"),
        }).Build();
        var environment = new HostingEnvironment { EnvironmentName = "Development", ContentRootPath = Path.GetDirectoryName(Path.GetFullPath(file))!, ApplicationName = "SmartVillage.Benchmarks" };
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddLearningCore(configuration, environment);
        var provider = services.BuildServiceProvider();
        var initializer = provider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContextAsync())
        {
            if (!await db.Users.AnyAsync(u => u.Email!.EndsWith("@" + SyntheticDataSeeder.EmailDomain)))
            {
                using var scope = provider.CreateScope();
                var summary = await scope.ServiceProvider.GetRequiredService<SyntheticDataSeeder>().SeedAsync(villages, officialsPerVillage, seed);
                log?.WriteLine($"seed synthetic: {summary}");
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
            }
        }
        return new ReportScale(provider);
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public Task<RegionReport> ProvinceAsync() => RunAsync(s => s.GetRequiredService<CompetencyReportService>().RegionAsync(Province, null, ReportFilter.None));

    public Task<RegionReport> RegencyAsync() => RunAsync(s => s.GetRequiredService<CompetencyReportService>().RegionAsync(Province, Tanggamus, ReportFilter.None));

    public async Task<byte[]> ExportAsync(string format) =>
        (await RunAsync(s => s.GetRequiredService<ReportDocuments>().RenderAsync(Province, null, ReportFilter.None, format))).Content;

    /// <summary>The four-level page of the province (issue 21): every regency's reaction, learning, behaviour and results.</summary>
    public Task<LevelsReport> LevelsAsync() => RunAsync(s => s.GetRequiredService<LevelsReportService>().ReportAsync(Province, null, null));

    public async Task<byte[]> LevelsXlsxAsync() => LevelsXlsx.Render(await LevelsAsync());

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
