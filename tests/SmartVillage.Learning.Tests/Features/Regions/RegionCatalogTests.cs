using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Regions;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Tests.Features.Regions;

/// <summary>The regions of Lampung as imported from content/regions into a database built from nothing.</summary>
public class RegionCatalogTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateFreshAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<(int Regencies, int Districts, int Villages, int Wards)> CountsAsync() =>
        database.QueryAsync(async db => (await db.Regencies.CountAsync(), await db.Districts.CountAsync(), await db.Villages.CountAsync(),
            await db.Villages.CountAsync(v => v.IsUrbanWard)));

    [Fact]
    public async Task ReferenceData_FreshDatabase_HoldsEveryRegionOfLampung()
    {
        Assert.Equal((15, 229, 2_651, 205), await CountsAsync());
    }

    [Theory]
    [InlineData("18.06", "Kabupaten Tanggamus", "Pekon")]
    [InlineData("18.12", "Kabupaten Tulang Bawang Barat", "Tiyuh")]
    [InlineData("18.02", "Kabupaten Lampung Tengah", "Kampung")]
    [InlineData("18.71", "Kota Bandar Lampung", "Kelurahan")]
    public async Task ReferenceData_Regency_HasItsLocalVillageTerm(string code, string name, string term)
    {
        var regency = await database.QueryAsync(db => db.Regencies.SingleAsync(r => r.Code == code));
        Assert.Equal(name, regency.Name);
        Assert.Equal(term, regency.VillageTerm);
    }

    [Fact]
    public async Task Import_SecondTime_AddsNothingAndChangesNoCount()
    {
        var before = await CountsAsync();

        var summary = await database.Services.GetRequiredService<RegionCatalogImporter>().ImportAsync();
        var summaryText = await database.Services.GetRequiredService<DatabaseInitializer>().EnsureReferenceDataAsync();

        Assert.Equal(0, summary.Added);
        Assert.Equal(new RegionImportSummary(15, 229, 2_651, 0), summary);
        Assert.Equal(before, await CountsAsync());
        Assert.StartsWith("15 regencies, 229 districts, 2,651 villages, ", summaryText);
        Assert.EndsWith(" courses", summaryText);
    }
}
