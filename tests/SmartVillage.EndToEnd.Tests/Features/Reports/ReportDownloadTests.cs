using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Reports;

/// <summary>Pak Ahmad's planning meeting (JOURNEYS.md): he presses the report's download buttons and gets files, on the province and a regency.</summary>
public sealed class ReportDownloadTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/reports", "Provinsi Lampung")]
    [InlineData("/reports/18.06", "Kabupaten Tanggamus")]
    public async Task DownloadButtons_GiveTheFiles(string page, string title)
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);
        await Page.GotoAsync(page);
        await Expect(Page.GetByTestId("report-title")).ToHaveTextAsync(title);

        var xlsx = await DownloadAsync("Unduh xlsx");
        Assert.EndsWith(".xlsx", xlsx.Name);
        Assert.Equal("PK"u8.ToArray(), xlsx.Bytes[..2]);

        var pdf = await DownloadAsync("Ringkasan PDF");
        Assert.EndsWith(".pdf", pdf.Name);
        Assert.Equal("%PDF"u8.ToArray(), pdf.Bytes[..4]);

        var csv = await DownloadAsync("CSV");
        Assert.EndsWith(".csv", csv.Name);
        Assert.True(System.Text.Encoding.UTF8.GetString(csv.Bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1, "The CSV holds no row.");

        // The page is still the report: nothing routed the download into it.
        await Expect(Page.GetByTestId("report-title")).ToHaveTextAsync(title);
    }

    private Task<BrowserDownload> DownloadAsync(string button) =>
        BrowserDownload.PressAsync(Page, Page.GetByRole(AriaRole.Link, new() { Name = button, Exact = true }));
}
