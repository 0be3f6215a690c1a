using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class NumberTextTests
{
    [Theory]
    [InlineData("2,5", 2.5)]
    [InlineData("2.5", 2.5)]
    [InlineData("-2,5", -2.5)]
    [InlineData("85", 85)]
    [InlineData("1.500.000", 1500000)]
    [InlineData("1,500,000", 1500000)]
    [InlineData("1.500.000,75", 1500000.75)]
    [InlineData("1,500,000.75", 1500000.75)]
    [InlineData("Rp 1.500.000", 1500000)]
    [InlineData("rp1.500.000", 1500000)]
    [InlineData("1 500 000", 1500000)]
    [InlineData("1\u00A0500", 1500)]
    [InlineData("1.000", 1)] // a single separator is a decimal mark, as in GIFT files and Moodle
    public void TryParse_IndonesianAndInternationalForms_AreRead(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Rp")]
    [InlineData("dua")]
    [InlineData("1.50.000")]
    [InlineData("1,2,3.4.5")]
    [InlineData("2,5%")]
    public void TryParse_NotANumber_IsRefused(string? text) => Assert.False(NumberText.TryParse(text, out _));
}
