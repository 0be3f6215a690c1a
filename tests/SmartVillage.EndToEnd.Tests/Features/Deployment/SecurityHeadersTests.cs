using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Deployment;

/// <summary>
/// Every page carries a Content-Security-Policy without inline scripts, nosniff, a referrer policy and a permissions
/// policy; and the interactive pages (Blazor's circuit, MudBlazor's popovers and dialogs, the app's own modules) still
/// work under it, with no violation reported in the browser's console.
/// </summary>
public sealed class SecurityHeadersTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/catalog")]
    public async Task PageResponse_CarriesTheSecurityHeaders(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };

        using var response = await http.GetAsync(path);

        response.EnsureSuccessStatusCode();
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Pages travel compressed, except those showing a secret that is the same in every response (BREACH, decision 0023):
    /// the account pages and the calendar page with its private feed address.
    /// </summary>
    [Theory]
    [InlineData("/catalog", "br")]
    [InlineData("/verify", "br")]
    [InlineData("/Account/Login", null)]
    [InlineData("/my/calendar", null)]
    public async Task PageResponse_IsCompressedUnlessItShowsAFixedSecret(string path, string? encoding)
    {
        // Signed in (the calendar page is an official's), with the browser's cookies.
        await AppFixture.SignInAsync(Page, DemoAccounts.YulianaPhone);

        var response = await Context.APIRequest.GetAsync(path, new() { Headers = new Dictionary<string, string> { ["Accept-Encoding"] = "br, gzip" }, MaxRedirects = 0 });

        Assert.Equal(200, response.Status);
        Assert.Equal(encoding, response.Headers.GetValueOrDefault("content-encoding"));
    }

    [Fact]
    public async Task InteractivePages_WorkUnderThePolicy_WithNoViolationInTheConsole()
    {
        var problems = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                problems.Add(message.Text);
        };
        Page.PageError += (_, error) => problems.Add(error);
        await Page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);

        // The users page: a server-loaded table, a debounced search and a MudBlazor dialog, all over the circuit.
        await Page.GotoAsync("/admin/users");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Expect(Page.GetByTestId("user-table").Locator("tbody tr").First).ToBeVisibleAsync();
        await Page.GetByLabel("Cari nama, HP, atau email").FillAsync("Hendra");
        await Expect(Page.GetByTestId("user-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await Page.GetByTestId("new-user").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        // Public pages: the catalog and the verification form.
        await Page.GotoAsync("/catalog");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Page.GotoAsync("/verify");
        await Expect(Page.GetByTestId("verify-input")).ToBeVisibleAsync();

        Assert.Empty(problems);
    }
}
