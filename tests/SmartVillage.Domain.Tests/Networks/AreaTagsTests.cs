using SmartVillage.Domain.Networks;

namespace SmartVillage.Domain.Tests.Networks;

public class AreaTagsTests
{
    [Fact]
    public void Normalize_OneTagWhateverTheCaseSpacesOrSeparator()
    {
        Assert.Equal("website desa", AreaTags.Normalize("  Website   DESA "));
        Assert.Equal("bumdes sehat", AreaTags.Normalize("BUMDes|sehat"));
        Assert.Equal("", AreaTags.Normalize((string?)null));
    }

    [Fact]
    public void Normalize_AList_DropsEmptiesAndRepeats_AndRefusesTooManyOrTooLong()
    {
        Assert.Equal(["mp", "website desa"], AreaTags.Normalize(["MP", " ", "Website Desa", "website  desa"]));
        Assert.Throws<DomainException>(() => AreaTags.Normalize(Enumerable.Range(0, AreaTags.MaxTags + 1).Select(i => $"bidang {i}")));
        Assert.Throws<DomainException>(() => AreaTags.Normalize([new string('a', AreaTags.MaxTagLength + 1)]));
    }

    [Fact]
    public void JoinSplitAndPattern_FindOneTagInTheStoredColumn()
    {
        var stored = AreaTags.Join(["mp", "website desa"]);

        Assert.Equal("|mp|website desa|", stored);
        Assert.Equal(["mp", "website desa"], AreaTags.Split(stored));
        Assert.Equal("", AreaTags.Join([]));
        Assert.Empty(AreaTags.Split(null));
        Assert.Equal("%|website desa|%", AreaTags.Pattern(" Website Desa"));
    }
}
