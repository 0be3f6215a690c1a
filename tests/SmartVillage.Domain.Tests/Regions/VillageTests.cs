using SmartVillage.Domain.Regions;

namespace SmartVillage.Domain.Tests.Regions;

public class VillageTests
{
    [Fact]
    public void LocalTerm_RuralVillageInTanggamus_IsRegencyTerm()
    {
        var village = new Village("18.06.16.2010", "18.06.16", "Karang Brak");

        Assert.False(village.IsUrbanWard);
        Assert.Equal("Pekon", village.LocalTerm("Pekon"));
    }

    [Fact]
    public void LocalTerm_UrbanWard_IsKelurahanWhateverTheRegencySays()
    {
        var ward = new Village("18.06.01.1001", "18.06.01", "Baros");

        Assert.True(ward.IsUrbanWard);
        Assert.Equal("Kelurahan", ward.LocalTerm("Pekon"));
    }

    [Fact]
    public void LocalTerm_TulangBawangBarat_IsTiyuh() =>
        Assert.Equal("Tiyuh", new Village("18.12.01.2002", "18.12.01", "Panaragan").LocalTerm("Tiyuh"));

    [Fact]
    public void Constructor_CodeOutsideDistrict_ThrowsDomainException()
    {
        var e = Assert.Throws<DomainException>(() => new Village("18.06.16.2010", "18.06.15", "Karang Brak"));
        Assert.Contains("tidak berada di bawah kecamatan 18.06.15", e.Message);
    }

    [Fact]
    public void Constructor_NameWithSpaces_IsTrimmed() =>
        Assert.Equal("Karang Brak", new Village("18.06.16.2010", "18.06.16", "  Karang Brak ").Name);

    [Fact]
    public void Rename_NewName_IsTrimmed()
    {
        var village = new Village("18.06.16.2010", "18.06.16", "Karang Brak");
        village.Rename(" Karangbrak ");
        Assert.Equal("Karangbrak", village.Name);
    }

    [Fact]
    public void Regency_EmptyVillageTerm_DefaultsToDesa() =>
        Assert.Equal("Desa", new Regency("18.01", "Kabupaten Lampung Selatan", " ").VillageTerm);

    [Fact]
    public void District_CodeOutsideRegency_ThrowsDomainException() =>
        Assert.Throws<DomainException>(() => new District("18.06.16", "18.04", "Pematang Sawa"));
}
