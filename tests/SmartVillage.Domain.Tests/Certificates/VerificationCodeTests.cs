using SmartVillage.Domain.Certificates;

namespace SmartVillage.Domain.Tests.Certificates;

public class VerificationCodeTests
{
    [Fact]
    public void New_80BitsOfBase32WithoutLookAlikes_NeverRepeatsInTenThousand()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => VerificationCode.New()).ToList();

        Assert.True(VerificationCode.Bits >= 80);
        Assert.All(codes, c => Assert.Equal(16, c.Length));
        Assert.All(codes, c => Assert.DoesNotMatch("[ILOU]", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Every symbol of the alphabet turns up: the bits are spread over all 32.
        Assert.Equal(32, codes.SelectMany(c => c).Distinct().Count());
    }

    [Fact]
    public void Normalize_TypedWithDashesLowerCaseAndLookAlikes_ReadsAsStored()
    {
        var code = "7K3MQ9XD2PWAHT10";
        Assert.Equal(code, VerificationCode.Normalize("7k3m-q9xd-2pwa-htlo"));
        Assert.Equal(code, VerificationCode.Normalize(" 7K3M Q9XD 2PWA HTIO "));
        Assert.Equal("7K3M-Q9XD-2PWA-HT10", VerificationCode.Display(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SHORT")]
    [InlineData("7K3M-Q9XD-2PWA-HT1!")]
    [InlineData("7K3M-Q9XD-2PWA-HT10-EXTRA")]
    public void Normalize_NotACode_Null(string? typed) => Assert.Null(VerificationCode.Normalize(typed));
}
