using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Seeding.Synthetic;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>
/// One real SQLite file with `seed synthetic` over 60 villages × 5 officials (spread over the province), shared by
/// the report tests, which only read it.
/// </summary>
public sealed class ReportWorld : IAsyncLifetime
{
    public const string Tanggamus = "18.06";
    public const string LampungBarat = "18.04";

    public TestDatabase Database { get; private set; } = default!;
    public SyntheticDataSeeder.Summary Seeded { get; private set; } = default!;

    public static readonly Actor Admin = new("admin", IsAdmin: true, IsReviewer: false, ReviewerRegencyCode: null);
    public static readonly Actor ProvinceReviewer = new("ahmad", IsAdmin: false, IsReviewer: true, ReviewerRegencyCode: null);
    public static readonly Actor TanggamusReviewer = new("rina", IsAdmin: false, IsReviewer: true, ReviewerRegencyCode: Tanggamus);
    public static readonly Actor Official = new("siti", IsAdmin: false, IsReviewer: false, ReviewerRegencyCode: null);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Seeded = await Database.InScopeAsync<SyntheticDataSeeder, SyntheticDataSeeder.Summary>(s => s.SeedAsync(60, 5, seed: 11));
    }

    public Task<T> ReportsAsync<T>(Func<CompetencyReportService, Task<T>> use) => Database.InScopeAsync(use);

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
