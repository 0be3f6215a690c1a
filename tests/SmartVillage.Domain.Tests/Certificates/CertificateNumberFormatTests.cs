using SmartVillage.Domain;
using SmartVillage.Domain.Certificates;

namespace SmartVillage.Domain.Tests.Certificates;

public class CertificateNumberFormatTests
{
    [Fact]
    public void Format_Default_IndonesianLetterStyle() =>
        Assert.Equal("007/SV-MP/TGM/XI/2026",
            CertificateNumberFormat.Format(CertificateNumberFormat.Default, 7, "MP", "TGM", new DateOnly(2026, 11, 5)));

    [Fact]
    public void Format_CustomTemplate_AllTokens() =>
        Assert.Equal("SERT-2026-03-00012-TD-LBR-III",
            CertificateNumberFormat.Format("SERT-{year}-{month}-{seq:00000}-{track}-{regency}-{romanMonth}", 12, "TD", "LBR", new DateOnly(2026, 3, 1)));

    [Fact]
    public void Format_SequencePastPadding_KeepsAllDigits() =>
        Assert.StartsWith("1234/", CertificateNumberFormat.Format(CertificateNumberFormat.Default, 1234, "KE", "BDL", new DateOnly(2026, 1, 1)));

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(11, "XI")]
    [InlineData(12, "XII")]
    public void RomanMonth_EveryMonth(int month, string roman) => Assert.Equal(roman, CertificateNumberFormat.RomanMonth(month));

    [Theory]
    [InlineData("{track}/{year}", "{seq}")]
    [InlineData("{seq}/{track}", "{year}")]
    [InlineData("{seq}/{tahun}/{year}", "tidak dikenal")]
    [InlineData("{seq}/{track:00}/{year}", "pola angka")]
    public void Problem_BadTemplate_SaysWhatIsWrong(string template, string expected)
    {
        Assert.Contains(expected, CertificateNumberFormat.Problem(template));
        Assert.Throws<DomainException>(() => CertificateNumberFormat.Format(template, 1, "MP", "TGM", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void RegencyShortCodes_All15RegenciesOfLampung_DistinctThreeLetters()
    {
        Assert.Equal(15, RegencyShortCodes.ByCode.Count);
        Assert.Equal(15, RegencyShortCodes.ByCode.Values.Distinct().Count());
        Assert.All(RegencyShortCodes.ByCode.Values, c => Assert.Matches("^[A-Z]{3}$", c));
        Assert.Equal("TGM", RegencyShortCodes.Of("18.06.16.2010"));
        Assert.Equal(RegencyShortCodes.Province, RegencyShortCodes.Of(null));
    }

    [Fact]
    public void IndonesianDate_MonthNames() => Assert.Equal("17 Agustus 2026", IndonesianDate.Format(new DateOnly(2026, 8, 17)));
}
