using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Components.Layout;

/// <summary>What a screen reader needs on every page: one main landmark, one title, and the title taking focus without a box.</summary>
public sealed class PageStructureTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/catalog")]
    [InlineData("/verify")]
    public async Task Page_OnFirstLoad_HasOneMainOneH1AndFocusesTheTitleWithoutABox(string path)
    {
        await Page.GotoAsync(path);

        var title = Page.Locator("main h1");
        await Expect(title).ToBeFocusedAsync();
        await Expect(Page.Locator("main")).ToHaveCountAsync(1);
        await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        Assert.Equal("none", await title.EvaluateAsync<string>("h => getComputedStyle(h).outlineStyle"));
    }

    [Fact]
    public async Task Home_SignedIn_HasOneMainAndOneH1()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);

        await Expect(Page.Locator("main")).ToHaveCountAsync(1);
        await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(Page.Locator("main h1")).ToBeFocusedAsync();
    }
}
