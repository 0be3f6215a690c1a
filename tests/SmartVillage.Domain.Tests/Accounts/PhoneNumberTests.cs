using SmartVillage.Domain.Accounts;

namespace SmartVillage.Domain.Tests.Accounts;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0812-3456-7890")]
    [InlineData("081234567890")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("+62-812-3456-7890")]
    [InlineData("6281234567890")]
    [InlineData("(0812) 3456.7890")]
    [InlineData(" 0812 3456 7890 ")]
    public void TryNormalize_UsualIndonesianForms_GiveE164(string typed)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var normalized));
        Assert.Equal("+6281234567890", normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("0721-123456")]        // a landline in Bandar Lampung, no SMS
    [InlineData("0812")]               // too short
    [InlineData("0812-3456-7890-123")] // too long
    [InlineData("0812-abcd-7890")]
    [InlineData("+1 812 3456 7890")]
    public void TryNormalize_BadNumber_IsRefused(string? typed)
    {
        Assert.False(PhoneNumber.TryNormalize(typed, out var normalized));
        Assert.Equal("", normalized);
        Assert.False(PhoneNumber.IsValid(typed));
    }

    [Fact]
    public void Display_E164_ShowsLocalForm() => Assert.Equal("081234567890", PhoneNumber.Display("+6281234567890"));
}
