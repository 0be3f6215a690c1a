using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Features.Regions;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Regions;

public class RegionDirectoryTests(SharedDatabaseFixture fixture) : IClassFixture<SharedDatabaseFixture>
{
    private Task<T> DirectoryAsync<T>(Func<RegionDirectory, Task<T>> use) => fixture.Database.InScopeAsync(use);

    [Fact]
    public async Task Regencies_AllOfLampung_CountDistrictsVillagesAndWards()
    {
        var regencies = await DirectoryAsync(d => d.RegenciesAsync());

        Assert.Equal(15, regencies.Count);
        Assert.Equal(229, regencies.Sum(r => r.Districts));
        Assert.Equal(2_651, regencies.Sum(r => r.Villages));
        Assert.Equal(205, regencies.Sum(r => r.UrbanWards));
        Assert.Equal(regencies.OrderBy(r => r.Code).Select(r => r.Code), regencies.Select(r => r.Code));
        Assert.All(regencies, r => Assert.Equal(0, r.Officials));
    }

    [Fact]
    public async Task Regencies_Tanggamus_SaysPekon()
    {
        var tanggamus = Assert.Single(await DirectoryAsync(d => d.RegenciesAsync()), r => r.Code == "18.06");
        Assert.Equal("Kabupaten Tanggamus", tanggamus.Name);
        Assert.Equal("Pekon", tanggamus.VillageTerm);
    }

    [Fact]
    public async Task Regency_TulangBawangBarat_ListsDistrictsByNameWithTiyuh()
    {
        var regency = await DirectoryAsync(d => d.RegencyAsync("18.12"));

        Assert.NotNull(regency);
        Assert.Equal("Tiyuh", regency.VillageTerm);
        Assert.NotEmpty(regency.Districts);
        Assert.Equal(regency.Districts.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => d.Name), regency.Districts.Select(d => d.Name));
        Assert.All(regency.Districts, d => Assert.StartsWith("18.12.", d.Code));
        Assert.All(regency.Districts, d => Assert.True(d.Villages > 0, $"{d.Name} has no villages"));
    }

    [Fact]
    public async Task Regency_Tanggamus_VillageCountsAddUpToTheSummary()
    {
        var summary = Assert.Single(await DirectoryAsync(d => d.RegenciesAsync()), r => r.Code == "18.06");
        var detail = await DirectoryAsync(d => d.RegencyAsync("18.06"));

        Assert.NotNull(detail);
        Assert.Equal(summary.Districts, detail.Districts.Count);
        Assert.Equal(summary.Villages, detail.Districts.Sum(d => d.Villages));
    }

    [Fact]
    public async Task Regency_UnknownCode_IsNull() => Assert.Null(await DirectoryAsync(d => d.RegencyAsync("18.99")));

    [Fact]
    public async Task District_PematangSawa_ListsKarangBrakAsPekon()
    {
        var district = await DirectoryAsync(d => d.DistrictAsync("18.06.16"));

        Assert.NotNull(district);
        Assert.Equal("Pematang Sawa", district.Name);
        Assert.Equal("18.06", district.RegencyCode);
        Assert.Equal("Kabupaten Tanggamus", district.RegencyName);
        var karangBrak = Assert.Single(district.Villages, v => v.Name == "Karang Brak");
        Assert.Equal("18.06.16.2010", karangBrak.Code);
        Assert.Equal("Pekon", karangBrak.LocalTerm);
    }

    [Fact]
    public async Task District_WithUrbanWards_CallsThemKelurahan()
    {
        var district = await DirectoryAsync(d => d.DistrictAsync("18.06.01"));

        Assert.NotNull(district);
        Assert.Equal("Kelurahan", Assert.Single(district.Villages, v => v.Code == "18.06.01.1001").LocalTerm);
        Assert.Contains(district.Villages, v => v.LocalTerm == "Pekon");
    }

    [Fact]
    public async Task District_UnknownCode_IsNull() => Assert.Null(await DirectoryAsync(d => d.DistrictAsync("18.06.99")));
}
