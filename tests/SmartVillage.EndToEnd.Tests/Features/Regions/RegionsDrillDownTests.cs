using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Regions;

public sealed class RegionsDrillDownTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Regions_ProvinceReviewer_SeesFifteenRegenciesAndDrillsDownToPekonKarangBrak()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);

        await Page.GotoAsync("/regions");
        var regencies = Page.GetByTestId("regency-table").Locator("tbody tr");
        await Expect(regencies).ToHaveCountAsync(15);
        // Indonesian number format: a dot groups thousands.
        await Expect(Page.GetByTestId("region-totals")).ToHaveTextAsync("15 kabupaten/kota, 229 kecamatan, 2.651 desa/kelurahan");

        await Page.GetByTestId("regency-table").GetByRole(AriaRole.Link, new() { Name = "Kabupaten Tanggamus", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/regions/18.06$"));
        await Expect(Page.Locator("[data-render]")).ToHaveAttributeAsync("data-render", "static");
        // The search is a GET form (no circuit): typed, sent with "Cari", answered with the matching districts.
        await Page.GetByTestId("region-search").FillAsync("pematang");
        await Page.GetByTestId("region-search-submit").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/regions/18\.06\?q=pematang$"));
        await Expect(Page.GetByTestId("district-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await Page.GetByTestId("district-table").GetByRole(AriaRole.Link, new() { Name = "Pematang Sawa", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/regions/18.06/18.06.16$"));
        await Expect(Page.GetByTestId("village-table")).ToContainTextAsync("Pekon Karang Brak");
        await Expect(Page.Locator("[data-render]")).ToHaveAttributeAsync("data-render", "static");
        await Page.GetByTestId("region-search").FillAsync("karang");
        await Page.GetByTestId("region-search-submit").ClickAsync();
        var villages = Page.GetByTestId("village-table").Locator("tbody tr");
        await Expect(villages.Filter(new() { HasText = "Karang Brak" })).ToHaveCountAsync(1);
        await Expect(villages.Filter(new() { HasNotText = "Karang" })).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("region-search")).ToHaveValueAsync("karang");
    }

    [Fact]
    public async Task District_InTulangBawangBarat_ListsVillagesAsTiyuh()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);

        await Page.GotoAsync("/regions/18.12/18.12.01");

        var villages = Page.GetByTestId("village-table").Locator("tbody tr");
        await Expect(villages.First).ToContainTextAsync("Tiyuh ");
        await Expect(villages.Filter(new() { HasText = "Pekon " })).ToHaveCountAsync(0);
    }
}
