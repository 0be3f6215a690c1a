using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Reports;

/// <summary>The four-level page at 360 px: the Tanggamus reviewer reads Tanggamus (with the demo's evaluations) and is refused another regency, by page and by sheet.</summary>
public sealed class LevelsPageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task TanggamusReviewer_SeesTanggamusLevels_IsRefusedLampungBarat()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RegencyReviewer);

        await Page.GotoAsync("/reports/levels");
        var row = Page.GetByTestId("levels-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToHaveAttributeAsync("data-code", "18.06");
        // The demo's Kota Agung bimtek (Tanggamus) was evaluated, so the reaction level has a mean.
        await Expect(Page.GetByTestId("level-reaction")).Not.ToHaveTextAsync("— dari 5");
        var own = await BrowserDownload.PressAsync(Page, Page.GetByTestId("levels-xlsx"));
        Assert.Matches(@"^empat-level-18\.06-\d{4}\.xlsx$", own.Name);
        Assert.Contains("Kabupaten Tanggamus", own.XlsxText());
        Assert.DoesNotContain("Kabupaten Lampung Barat", own.XlsxText());
        await Expect(Page.GetByTestId("levels-row")).ToHaveCountAsync(1);   // the page stayed; nothing routed the file into it

        await Page.GotoAsync("/reports/levels?regency=18.04");
        await Expect(Page.GetByTestId("levels-refused")).ToContainTextAsync("Tanggamus");
        await Expect(Page.GetByTestId("levels-row")).ToHaveCountAsync(0);
        var other = await Page.Context.APIRequest.GetAsync("/reports/levels.xlsx?regency=18.04");
        Assert.Equal(403, other.Status);
    }
}
