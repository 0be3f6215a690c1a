using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Networks;

/// <summary>The directory, Kolaborasi and Diskusi pages on a 360 px phone: usable, searchable, no sideways scrolling.</summary>
public sealed class NetworkPagesAt360Tests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Directory_SearchPartnersByArea_And_NetworkPages_FitA360PixelScreen()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.CollaborationColleaguePhone);
        await Page.GotoAsync("/directory");
        await Page.GetByTestId("area-filter").FillAsync("website desa");
        await Page.GetByTestId("directory-search-submit").ClickAsync();
        await Expect(Page.GetByTestId("partner-name")).ToHaveTextAsync(["Diskominfotik Provinsi Lampung"]);
        await Expect(Page.GetByTestId("my-village-profile")).ToBeVisibleAsync();
        await AssertFitsAsync("/directory");

        foreach (var path in new[] { "/collaboration", "/discussion", "/discussion/MP", "/notifications" })
        {
            await Page.GotoAsync(path);
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await AssertFitsAsync(path);
        }
        await Expect(Page.GetByTestId("notification-bell")).ToBeVisibleAsync();
    }

    private async Task AssertFitsAsync(string path)
    {
        var width = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"{path} is {width} px wide at a 360 px screen.");
    }
}
