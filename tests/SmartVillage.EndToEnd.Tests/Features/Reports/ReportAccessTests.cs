using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Reports;

/// <summary>Reviewers' reports in the browser: a regency reviewer sees their regency and is refused another, by page and by download.</summary>
public sealed class ReportAccessTests(AppFixture app) : BrowserTest(app)
{
    private const string Tanggamus = "18.06";
    private const string LampungBarat = "18.04";

    [Fact]
    public async Task TanggamusReviewer_SeesTanggamus_IsRefusedLampungBarat()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RegencyReviewer);

        await Page.GotoAsync("/reports");
        await Expect(Page).ToHaveURLAsync(new Regex($"/reports/{Regex.Escape(Tanggamus)}$"));
        await Expect(Page.GetByTestId("report-title")).ToHaveTextAsync("Kabupaten Tanggamus");
        await Expect(Page.GetByTestId("report-table")).ToContainTextAsync("Kecamatan");
        await Expect(Page.GetByTestId("competency-table")).ToContainTextAsync("Literasi Digital");

        await Page.GotoAsync($"/reports/{LampungBarat}");
        await Expect(Page.GetByTestId("report-refused")).ToContainTextAsync("Tanggamus");
        await Expect(Page.GetByTestId("report-title")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("report-table")).ToHaveCountAsync(0);

        var download = await Page.Context.APIRequest.GetAsync($"/reports/export.xlsx?regency={LampungBarat}");
        Assert.Equal(403, download.Status);
        var province = await Page.Context.APIRequest.GetAsync("/reports/export.xlsx?regency=");
        Assert.Equal(200, province.Status); // no regency given: a regency reviewer gets their own
        var own = await Page.Context.APIRequest.GetAsync($"/reports/export.pdf?regency={Tanggamus}");
        Assert.Equal(200, own.Status);
        Assert.Equal("application/pdf", own.Headers["content-type"]);
    }

    [Fact]
    public async Task ProvinceReviewer_SeesEveryRegency_AndDrillsDown()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);

        await Page.GotoAsync("/reports");
        await Expect(Page.GetByTestId("report-title")).ToHaveTextAsync("Provinsi Lampung");
        await Expect(Page.GetByTestId("report-table").Locator("tbody tr")).ToHaveCountAsync(15);
        // After training: obstacles by category and work plans of the whole province (the demo holds a submitted plan).
        await Expect(Page.GetByTestId("obstacle-table").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(Page.GetByTestId("obstacles-Technical")).ToContainTextAsync("Teknis");
        await Expect(Page.GetByTestId("fieldwork-Rencana kerja diajukan")).Not.ToHaveTextAsync("0");
        await Expect(Page.GetByTestId("key-figures")).ToContainTextAsync("Bersertifikat");

        await Page.GetByTestId("report-table").GetByRole(AriaRole.Link, new() { Name = "Kabupaten Tanggamus" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/reports/{Regex.Escape(Tanggamus)}$"));
        await Expect(Page.GetByTestId("report-title")).ToHaveTextAsync("Kabupaten Tanggamus");
    }

    [Fact]
    public async Task Official_IsRefusedReports_ButSeesTheirCompetencies()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RudiPhone);

        await Page.GotoAsync("/reports");
        await Expect(Page.GetByTestId("access-refused")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("report-table")).ToHaveCountAsync(0);

        await Page.GotoAsync("/my/competencies");
        await Expect(Page.GetByTestId("area-literasi-digital")).ToContainTextAsync("Literasi Digital");
        await Expect(Page.GetByTestId("area-manajemen-proyek").GetByTestId("level")).ToBeVisibleAsync();
    }
}
