using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Accounts;

/// <summary>
/// Signing out with the menu's *Keluar*, also from a tab left open since before: a shared office computer where the
/// official already signed out in another tab must end on an Indonesian page, never on an English HTTP 400. A form
/// without this site's token (another site's, or a forged one) signs nobody out.
/// </summary>
public sealed class SignOutTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Keluar_LeavesTheAccountAndLandsOnThePublicHome()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.SignOutOfficialPhone);

        await PressKeluarAsync(Page);

        await Expect(Page.GetByTestId("public-home")).ToBeVisibleAsync();
        await Page.GotoAsync("/my/courses");
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task Keluar_InAStaleTabAfterSigningOutInAnother_LandsOnTheSignInPageInIndonesian()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.SignOutOfficialPhone);
        var stale = await Context.NewPageAsync();
        await stale.GotoAsync("/");
        await Expect(stale.GetByTestId("welcome")).ToBeVisibleAsync();

        await PressKeluarAsync(Page);
        await Expect(Page.GetByTestId("public-home")).ToBeVisibleAsync();

        var responses = new List<int>();
        stale.Response += (_, r) => { if (r.Request.IsNavigationRequest) responses.Add(r.Status); };
        await PressKeluarAsync(stale);

        await Expect(stale).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(stale.GetByTestId("login-submit")).ToBeVisibleAsync();
        await Expect(stale.Locator("body")).Not.ToContainTextAsync("antiforgery");
        Assert.DoesNotContain(responses, status => status >= 400);
    }

    [Fact]
    public async Task SignOutForm_WithoutTheSitesToken_SignsNobodyOut()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.SignOutOfficialPhone);
        await Expect(Page.Locator("[data-testid=welcome][data-interactive=true]")).ToBeVisibleAsync();

        // What a page of another site (or a script that got in) would send: the same form, without the token.
        var responses = new List<int>();
        Page.Response += (_, r) => { if (r.Request.IsNavigationRequest) responses.Add(r.Status); };
        await Page.EvaluateAsync("""
            () => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/Account/Logout';
                form.innerHTML = '<input type="hidden" name="ReturnUrl" value="/">';
                document.body.appendChild(form);
                form.submit();
            }
            """);

        await Expect(Page.Locator("[data-testid=welcome][data-interactive=true]")).ToBeVisibleAsync();
        await Page.GotoAsync("/my/courses");
        await Expect(Page).ToHaveURLAsync(new Regex("/my/courses$"));
        Assert.DoesNotContain(responses, status => status >= 400);
    }

    /// <summary>Opens the folded menu (the tests' phone screen) and presses *Keluar* (the menu scrolls to it on a short screen).</summary>
    private static async Task PressKeluarAsync(IPage page)
    {
        // The menu button works once the page's circuit runs.
        await Expect(page.Locator("[data-testid=welcome][data-interactive=true]")).ToBeVisibleAsync();
        // At 360 px the drawer is folded away once MudBlazor has read the screen's width (after the circuit starts).
        await Expect(page.Locator(".mud-drawer--closed")).ToBeAttachedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-drawer--open")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar", Exact = true }).ClickAsync();
    }
}
