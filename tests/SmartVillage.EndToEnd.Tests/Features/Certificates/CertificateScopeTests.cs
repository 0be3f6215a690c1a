using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Certificates;

/// <summary>A regency reviewer reads the certificates of their regency only, as in the reports; a province reviewer reads all.</summary>
public sealed class CertificateScopeTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task LampungBaratCertificatePdf_TanggamusReviewerRefused_ProvinceReviewerServed()
    {
        // Bu Wati's certificate of the Liwa bimtek (Lampung Barat), its address as her "Sertifikat saya" links it.
        await AppFixture.SignInAsync(Page, DemoAccounts.CertifiedOfficialPhone);
        await Page.GotoAsync("/my/certificates");
        var pdfUrl = await Page.GetByTestId("my-certificate").First.GetByTestId("certificate-pdf").GetAttributeAsync("href");

        await using var tanggamus = await App.NewContextAsync();
        var rina = await tanggamus.NewPageAsync();
        await AppFixture.SignInAsync(rina, DemoAccounts.RegencyReviewer);
        var refused = await rina.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal(403, refused.Status);
        Assert.Contains("peninjau wilayahnya", await refused.TextAsync());

        await using var province = await App.NewContextAsync();
        var ahmad = await province.NewPageAsync();
        await AppFixture.SignInAsync(ahmad, DemoAccounts.ProvinceReviewer);
        var served = await ahmad.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal(200, served.Status);
        Assert.Equal("application/pdf", served.Headers["content-type"]);
    }
}
