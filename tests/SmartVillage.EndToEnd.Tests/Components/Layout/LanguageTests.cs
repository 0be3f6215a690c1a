using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Components.Layout;

public sealed class LanguageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Home_NewVisitor_IsGreetedInIndonesianWithNoLanguageSwitch()
    {
        await Page.GotoAsync("/");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(Page.GetByTestId("public-home")).ToHaveTextAsync("Belajar untuk pekon yang cerdas");
        await Expect(Page.GetByText("English", new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Home_NewVisitorWithEnglishBrowser_IsStillGreetedInIndonesian()
    {
        await using var english = await App.NewContextAsync("en-US");
        var page = await english.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(page.GetByTestId("public-home")).ToHaveTextAsync("Belajar untuk pekon yang cerdas");
    }

    [Fact]
    public async Task SignIn_LoginField_IsAPlainTextFieldForPhoneOrEmail()
    {
        await Page.GotoAsync("/Account/Login");

        var login = Page.GetByLabel("Nomor HP atau email");
        await Expect(login).ToHaveAttributeAsync("type", "text");
        await Expect(login).ToHaveAttributeAsync("inputmode", "text");
        await Expect(login).ToHaveAttributeAsync("autocomplete", new System.Text.RegularExpressions.Regex(@"^username\b"));
    }

    [Fact]
    public async Task Menu_SignedIn_MudBlazorButtonsHaveIndonesianNames()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);

        // The admin group's expand toggle is MudBlazor's own text ("Toggle …" in English).
        await Expect(Page.Locator("[aria-label='Buka atau tutup Administrasi']")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[aria-label^='Toggle']")).ToHaveCountAsync(0);
    }
}
