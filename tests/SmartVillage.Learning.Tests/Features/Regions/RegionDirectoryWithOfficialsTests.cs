using SmartVillage.Learning.Features.Regions;
using SmartVillage.Learning.Tests.Features.Accounts;

using SmartVillage.Learning.Tests.TestSupport;
namespace SmartVillage.Learning.Tests.Features.Regions;

/// <summary>Officials counted per region (GROUP BY in SQL) once the demo officials exist.</summary>
public class RegionDirectoryWithOfficialsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private Task<T> DirectoryAsync<T>(Func<RegionDirectory, Task<T>> use) => fixture.Database.InScopeAsync(use);

    [Fact]
    public async Task Regencies_DemoOfficials_CountedPerRegency()
    {
        var officials = (await DirectoryAsync(d => d.RegenciesAsync())).Where(r => r.Officials > 0).ToDictionary(r => r.Code, r => r.Officials);

        Assert.Equal(new Dictionary<string, int> { ["18.04"] = 10, ["18.06"] = 10, ["18.12"] = 22 }, officials);
    }

    [Fact]
    public async Task Regency_Tanggamus_CountsOfficialsInPematangSawaOnly()
    {
        var regency = await DirectoryAsync(d => d.RegencyAsync("18.06"));

        Assert.NotNull(regency);
        Assert.Equal(10, Assert.Single(regency.Districts, d => d.Code == "18.06.16").Officials);
        Assert.Equal(10, regency.Districts.Sum(d => d.Officials));
    }

    [Fact]
    public async Task District_PematangSawa_KarangBrakHasBuSitiAndFourColleagues()
    {
        var district = await DirectoryAsync(d => d.DistrictAsync("18.06.16"));

        Assert.NotNull(district);
        Assert.Equal(5, Assert.Single(district.Villages, v => v.Code == "18.06.16.2010").Officials);
        Assert.Equal(10, district.Villages.Sum(v => v.Officials));
    }
}
