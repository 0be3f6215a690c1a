using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>The dashboard's competency distribution (stored evidence) against the profile (live facts) and under the filters.</summary>
public class CompetencyDistributionTests(ReportWorld world) : IClassFixture<ReportWorld>
{
    [Fact]
    public async Task EveryOfficialOfThreeVillages_HasOnTheDashboardTheLevelsTheirProfileShows()
    {
        var villages = await world.Database.QueryAsync(db => db.Users.Where(u => u.VillageCode != null && u.Position != null && db.EarnedEvidence.Any(e => e.UserId == u.Id))
            .Select(u => u.VillageCode!).Distinct().OrderBy(v => v).Take(3).ToListAsync());
        Assert.Equal(3, villages.Count);
        var compared = 0;
        foreach (var village in villages)
        {
            var report = await world.ReportsAsync(s => s.VillageAsync(ReportWorld.Admin, village, ReportFilter.None));
            foreach (var official in report.Officials)
            {
                var profile = await world.Database.InScopeAsync<CompetencyProfileService, CompetencyProfile>(s => s.ForAsync(official.Figures.Code));
                Assert.Equal(profile.Areas.ToDictionary(a => a.Code, a => a.Level), official.Levels);
                compared += official.Levels.Values.Count(l => l is not null);
            }
        }
        Assert.True(compared > 0);
    }

    [Fact]
    public async Task PeriodInTheFuture_ShowsNoLevels_AndATrackShowsOnlyItsOwnEvidence()
    {
        var all = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, ReportFilter.None));
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(5));
        var none = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(From: future)));
        Assert.Contains(all.Areas, a => all.Total.WithoutLevel(a.Code) < all.Total.Officials);
        Assert.All(none.Areas, a => Assert.Equal(none.Total.Officials, none.Total.WithoutLevel(a.Code)));

        // Digital literacy is evidenced only by the TD track: under MP it has no level; under TD it is as unfiltered.
        var mp = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(TrackCode: "MP")));
        var td = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(TrackCode: "TD")));
        Assert.True(all.Total.WithoutLevel("literasi-digital") < all.Total.Officials);
        Assert.Equal(mp.Total.Officials, mp.Total.WithoutLevel("literasi-digital"));
        foreach (var level in CompetencyLevels.All)
            Assert.Equal(all.Total.AtLevel("literasi-digital", level), td.Total.AtLevel("literasi-digital", level));
    }

    [Fact]
    public async Task ThePeriod_CountsEvidenceEarnedWithinIt()
    {
        // The earliest evidence of the data set: a period ending the day before it shows nothing, one starting on it shows it.
        var earned = await world.Database.QueryAsync(async db => (await db.EarnedEvidence.Select(e => e.EarnedAt).ToListAsync()).Min());
        var day = DateOnly.FromDateTime(earned.ToOffset(Wib.Offset).DateTime);
        var before = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(To: day.AddDays(-1))));
        var from = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(From: day, To: day)));
        Assert.All(before.Areas, a => Assert.Equal(before.Total.Officials, before.Total.WithoutLevel(a.Code)));
        Assert.Contains(from.Areas, a => from.Total.WithoutLevel(a.Code) < from.Total.Officials);
    }
}
