using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using ZXing;
using ZXing.Common;

namespace SmartVillage.EndToEnd.Tests.Features.Certificates;

/// <summary>
/// The demo certificates of the Liwa bimtek (DemoSeeder): the owner downloads the PDF, a phone scans its QR code and sees
/// "Sah" with the same name; another official is refused the PDF; an admin revokes one and the page and the JSON say so.
/// </summary>
public sealed class CertificateVerificationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task OwnerPdf_QrIsVerifyUrl_PageSaysSahAndSameName_AnotherOfficialRefusedThePdf()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.CertifiedOfficialPhone);
        await Page.GotoAsync("/my/certificates");
        var card = Page.GetByTestId("my-certificate").First;
        await Expect(card).ToContainTextAsync("Bimtek Literasi Digital Pekon — Liwa");
        var pdfUrl = await card.GetByTestId("certificate-pdf").GetAttributeAsync("href");
        var response = await Page.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var pdf = await response.BodyAsync();

        var url = DecodeQr(RasterizeFirstPage(pdf));
        Assert.StartsWith($"{App.BaseUrl}/verify/", url);
        Assert.Contains(url[^16..], pdfUrl);

        // A phone with no account opens the scanned address.
        await using var phone = await App.NewContextAsync();
        var visitor = await phone.NewPageAsync();
        await visitor.GotoAsync(url);
        await Expect(visitor.GetByTestId("verify-status")).ToContainTextAsync("Sah");
        await Expect(visitor.GetByTestId("verify-name")).ToHaveTextAsync("Wati Susilawati");
        await Expect(visitor.GetByTestId("verify-title")).ToHaveTextAsync("Bimtek Literasi Digital Pekon — Liwa");
        var json = await visitor.APIRequest.GetAsync($"/api/certificates/{url[^16..]}");
        using (var document = JsonDocument.Parse(await json.TextAsync()))
        {
            Assert.Equal("valid", document.RootElement.GetProperty("status").GetString());
            Assert.Equal("Wati Susilawati", document.RootElement.GetProperty("certificate").GetProperty("holderName").GetString());
        }

        // Another official of the same bimtek may not take Bu Wati's PDF, even with its address.
        await using var other = await App.NewContextAsync();
        var otherPage = await other.NewPageAsync();
        await AppFixture.SignInAsync(otherPage, DemoAccounts.CertifiedOtherOfficialPhone);
        var refused = await otherPage.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal(403, refused.Status);
        Assert.Contains("milik orang lain", await refused.TextAsync());
    }

    [Fact]
    public async Task AdminRevokesWithReason_PageAndJsonSayRevoked_UnknownCodeNotFound()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RevokedCertificateOfficialPhone);
        await Page.GotoAsync("/my/certificates");
        var pdfUrl = await Page.GetByTestId("certificate-pdf").First.GetAttributeAsync("href");
        var code = pdfUrl!["/certificates/".Length..^".pdf".Length];
        await Context.ClearCookiesAsync();

        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);
        await Page.GotoAsync("/admin/certificates");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Page.Locator("input[data-testid='certificate-search']").FillAsync(code);
        await Page.GetByTestId("certificate-search-submit").ClickAsync();
        var row = Page.GetByTestId("admin-certificate");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Iwan Gunawan");
        await row.Locator("input[data-testid='certificate-reason']").FillAsync("Peserta digantikan orang lain pada hari kedua");
        await row.GetByTestId("revoke-certificate").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Sertifikat dicabut.");

        await using var phone = await App.NewContextAsync();
        var visitor = await phone.NewPageAsync();
        await visitor.GotoAsync($"/verify/{code}");
        await Expect(visitor.GetByTestId("verify-status")).ToContainTextAsync("Dicabut");
        await Expect(visitor.GetByTestId("verify-reason")).ToContainTextAsync("Peserta digantikan orang lain pada hari kedua");
        await Expect(visitor.GetByTestId("verify-name")).ToHaveTextAsync("Iwan Gunawan");
        using (var document = JsonDocument.Parse(await (await visitor.APIRequest.GetAsync($"/api/certificates/{code}")).TextAsync()))
        {
            Assert.Equal("revoked", document.RootElement.GetProperty("status").GetString());
            Assert.Equal("Peserta digantikan orang lain pada hari kedua", document.RootElement.GetProperty("reason").GetString());
        }

        // Typed by hand in the site-wide form: an unknown code.
        await visitor.GotoAsync("/verify");
        await visitor.GetByTestId("verify-input").FillAsync("zzzz-zzzz-zzzz-zzzz");
        await visitor.GetByTestId("verify-submit").ClickAsync();
        await Expect(visitor.GetByTestId("verify-status")).ToContainTextAsync("Tidak ditemukan");
        var missing = await visitor.APIRequest.GetAsync("/api/certificates/ZZZZZZZZZZZZZZZZ");
        Assert.Equal(404, missing.Status);
        using var notFound = JsonDocument.Parse(await missing.TextAsync());
        Assert.Equal("not_found", notFound.RootElement.GetProperty("status").GetString());
    }

    /// <summary>The PDF's page as a PNG, drawn by poppler's pdftoppm (installed by test.sh), as a printer or a screen would show it.</summary>
    private static byte[] RasterizeFirstPage(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("smartvillage-certificate-").FullName;
        try
        {
            var input = Path.Combine(folder, "certificate.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-png", "-r", "200", "-singlefile", input, Path.Combine(folder, "page") }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftoppm failed: {errors}");
            return File.ReadAllBytes(Path.Combine(folder, "page.png"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string DecodeQr(byte[] png)
    {
        var (rgb, width, height) = PngRgb.Decode(png);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(rgb, width, height, RGBLuminanceSource.BitmapFormat.RGB24));
        Assert.NotNull(result);
        return result.Text;
    }
}
