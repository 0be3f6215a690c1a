using SmartVillage.Domain.Regions;

namespace SmartVillage.Domain.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("18", RegionLevel.Province)]
    [InlineData("18.06", RegionLevel.Regency)]
    [InlineData("18.06.16", RegionLevel.District)]
    [InlineData("18.06.16.2010", RegionLevel.Village)]
    [InlineData(" 18.06.16.2010 ", RegionLevel.Village)]
    public void LevelOf_DottedKemendagriCode_GivesItsLevel(string code, RegionLevel expected) =>
        Assert.Equal(expected, RegionCode.LevelOf(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("18.6")]
    [InlineData("18.06.16.201")]
    [InlineData("18-06-16-2010")]
    [InlineData("18.06.16.2010.1")]
    [InlineData("18.06.xx")]
    public void LevelOf_MalformedCode_IsNull(string? code) => Assert.Null(RegionCode.LevelOf(code));

    [Theory]
    [InlineData("18.06.16.2010", "18.06.16")]
    [InlineData("18.06.16", "18.06")]
    [InlineData("18.06", "18")]
    public void ParentOf_Code_DropsTheLastSegment(string code, string parent) => Assert.Equal(parent, RegionCode.ParentOf(code));

    [Fact]
    public void ParentOf_Province_IsNull() => Assert.Null(RegionCode.ParentOf("18"));

    [Theory]
    [InlineData("18.71.01.1001", true)]  // a kelurahan in Bandar Lampung
    [InlineData("18.06.16.1003", true)]
    [InlineData("18.06.16.2010", false)] // Pekon Karang Brak
    [InlineData("18.06.16", false)]      // a district is no ward
    [InlineData("18.71.01.100", false)]  // malformed
    public void IsUrbanWard_LastSegmentStartingWith1_IsKelurahan(string code, bool expected) =>
        Assert.Equal(expected, RegionCode.IsUrbanWard(code));

    [Fact]
    public void Require_WrongLevel_ThrowsDomainExceptionNamingTheCode()
    {
        var e = Assert.Throws<DomainException>(() => RegionCode.Require("18.06", RegionLevel.Village));
        Assert.Contains("18.06", e.Message);
    }

    [Fact]
    public void Require_ValidCodeWithSpaces_ReturnsTrimmedCode() =>
        Assert.Equal("18.06.16", RegionCode.Require(" 18.06.16 ", RegionLevel.District));

    [Fact]
    public void RegencyOf_VillageCode_GivesRegency() => Assert.Equal("18.06", RegionCode.RegencyOf("18.06.16.2010"));
}
