using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Components.Layout;

public sealed class LanguageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Home_NewVisitor_IsGreetedInIndonesian()
    {
        await Page.GotoAsync("/");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(Page.GetByTestId("public-home")).ToHaveTextAsync("Belajar untuk pekon yang cerdas");
        await Expect(Page.GetByTestId("switch-en")).ToHaveTextAsync("English");
    }

    [Fact]
    public async Task Home_NewVisitorWithEnglishBrowser_IsStillGreetedInIndonesian()
    {
        // Only the person's own choice (the culture cookie) changes the language, never the browser's.
        await using var english = await App.NewContextAsync("en-US");
        var page = await english.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(page.GetByTestId("public-home")).ToHaveTextAsync("Belajar untuk pekon yang cerdas");
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_PersistsAcrossReload()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Mentor);

        await Page.GetByTestId("switch-en").ClickAsync();

        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Maria Lestari");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Maria Lestari");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.GetByTestId("switch-id")).ToBeVisibleAsync();
    }
}
