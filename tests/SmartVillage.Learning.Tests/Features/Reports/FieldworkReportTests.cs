using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>The reviewers' dashboard shows what happens after training: obstacles, work plans, collaboration requests.</summary>
public class FieldworkReportTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<FieldworkReport> FieldworkAsync(Actor viewer, string? code) =>
        database.InScopeAsync<CompetencyReportService, FieldworkReport>(s => s.FieldworkAsync(viewer, code));

    [Fact]
    public async Task Province_CountsTheDemoPlanObstacleAndRequests_AsTheDatabaseHoldsThem()
    {
        var report = await FieldworkAsync(ReportWorld.ProvinceReviewer, null);

        var submitted = await database.QueryAsync(db => db.WorkPlans.CountAsync(p => p.Status != WorkPlanStatus.Draft));
        var technicalOpen = await database.QueryAsync(db => db.Obstacles.CountAsync(o => o.Category == ObstacleCategory.Technical && o.Status == ObstacleStatus.Open));
        Assert.True(submitted >= 1, "the demo holds Slamet Riyadi's submitted plan");
        Assert.Equal(submitted, report.PlansSubmitted);
        Assert.True(technicalOpen >= 1, "the demo holds an open technical obstacle");
        Assert.Equal(technicalOpen, report.Obstacles.Single(o => o.Category == ObstacleCategory.Technical).Open);
        Assert.Equal(Enum.GetValues<ObstacleCategory>().Length, report.Obstacles.Count);
        Assert.True(report.RequestsPosted >= 2, "the demo holds one need and one offer");
    }

    [Fact]
    public async Task Regency_CountsOnlyItsOwnPlans()
    {
        var slametRegency = await database.QueryAsync(db => db.WorkPlans.Where(p => p.Title == DemoMentoring.DemoPlanTitle).Select(p => p.RegencyCode).SingleAsync());
        var emptyRegency = await database.QueryAsync(db => db.Regencies.Where(r => !db.WorkPlans.Any(p => p.RegencyCode == r.Code) && !db.Obstacles.Any(o => o.RegencyCode == r.Code))
            .Select(r => r.Code).FirstAsync());

        Assert.True((await FieldworkAsync(ReportWorld.ProvinceReviewer, slametRegency)).PlansSubmitted >= 1);
        var empty = await FieldworkAsync(ReportWorld.ProvinceReviewer, emptyRegency);
        Assert.Equal(0, empty.PlansSubmitted);
        Assert.All(empty.Obstacles, o => Assert.Equal(0, o.Total));
    }

    [Fact]
    public async Task TanggamusReviewer_IsRefusedLampungBaratAndTheProvince()
    {
        await FieldworkAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus);
        await Assert.ThrowsAsync<DomainException>(() => FieldworkAsync(ReportWorld.TanggamusReviewer, ReportWorld.LampungBarat));
        await Assert.ThrowsAsync<DomainException>(() => FieldworkAsync(ReportWorld.TanggamusReviewer, null));
        await Assert.ThrowsAsync<DomainException>(() => FieldworkAsync(ReportWorld.Official, ReportWorld.Tanggamus));
    }
}
