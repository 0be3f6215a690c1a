using SmartVillage.Domain.Accounts;

namespace SmartVillage.Domain.Tests.Accounts;

public class GendersTests
{
    [Theory]
    [InlineData("L", Gender.Male)]
    [InlineData("lk", Gender.Male)]
    [InlineData("Laki-laki", Gender.Male)]
    [InlineData("laki laki", Gender.Male)]
    [InlineData("Pria", Gender.Male)]
    [InlineData("M", Gender.Male)]
    [InlineData("P", Gender.Female)]
    [InlineData(" p ", Gender.Female)]
    [InlineData("Perempuan", Gender.Female)]
    [InlineData("Wanita", Gender.Female)]
    [InlineData("female", Gender.Female)]
    public void TryParse_RosterSpelling_GivesGender(string text, Gender expected)
    {
        Assert.True(Genders.TryParse(text, out var gender));
        Assert.Equal(expected, gender);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("X")]
    [InlineData("laki")]
    public void TryParse_Unknown_IsRefused(string? text) => Assert.False(Genders.TryParse(text, out _));

    [Theory]
    [InlineData(Gender.Male, "Laki-laki")]
    [InlineData(Gender.Female, "Perempuan")]
    public void Label_Gender_IsIndonesian(Gender gender, string expected) => Assert.Equal(expected, Genders.Label(gender));
}
