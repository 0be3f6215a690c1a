using SmartVillage.Domain.Accounts;

namespace SmartVillage.Domain.Tests.Accounts;

public class OfficialPositionsTests
{
    [Theory]
    [InlineData("Peratin", OfficialPosition.VillageHead)]
    [InlineData("Kepala Tiyuh", OfficialPosition.VillageHead)]
    [InlineData("kepala   pekon", OfficialPosition.VillageHead)]
    [InlineData("Kepala Kampung", OfficialPosition.VillageHead)]
    [InlineData("KADES", OfficialPosition.VillageHead)]
    [InlineData("Sekdes", OfficialPosition.Secretary)]
    [InlineData("Kaur Keuangan", OfficialPosition.FinanceAffairsHead)]
    [InlineData("Kasi Pelayanan", OfficialPosition.ServicesSectionHead)]
    [InlineData("Pemangku", OfficialPosition.HamletHead)]
    [InlineData("Ketua BPD", OfficialPosition.BpdMember)]
    [InlineData("FinanceAffairsHead", OfficialPosition.FinanceAffairsHead)]
    public void TryParse_AliasUsedInARoster_GivesThePosition(string text, OfficialPosition expected)
    {
        Assert.True(OfficialPositions.TryParse(text, out var position));
        Assert.Equal(expected, position);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bupati")]
    [InlineData("99")]
    public void TryParse_UnknownPost_IsRefused(string? text) => Assert.False(OfficialPositions.TryParse(text, out _));

    [Theory]
    [InlineData(OfficialPosition.VillageHead, "Tiyuh", "Kepala Tiyuh")]
    [InlineData(OfficialPosition.VillageHead, "Pekon", "Kepala Pekon")]
    [InlineData(OfficialPosition.VillageHead, "Kelurahan", "Lurah")]
    [InlineData(OfficialPosition.Secretary, "Kampung", "Sekretaris Kampung")]
    [InlineData(OfficialPosition.Secretary, "Kelurahan", "Sekretaris Kelurahan")]
    [InlineData(OfficialPosition.FinanceAffairsHead, "Tiyuh", "Kaur Keuangan")]
    public void Label_WithLocalTerm_UsesTheWordOfTheRegency(OfficialPosition position, string term, string expected) =>
        Assert.Equal(expected, OfficialPositions.Label(position, term));

    [Fact]
    public void Label_EveryPosition_HasADistinctIndonesianLabel()
    {
        var labels = Enum.GetValues<OfficialPosition>().Select(OfficialPositions.Label).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal(Enum.GetValues<OfficialPosition>().Length, OfficialPositions.All.Count);
    }

    [Fact]
    public void Label_EveryPosition_ParsesBackToItself()
    {
        foreach (var position in OfficialPositions.All)
        {
            Assert.True(OfficialPositions.TryParse(OfficialPositions.Label(position), out var parsed));
            Assert.Equal(position, parsed);
        }
    }
}
