using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Accounts;

/// <summary>
/// Rights taken away end at once: the admin changes a person's roles or scope in one browser while that person has a
/// page open in another; their next action there, and their cookie, are refused. The people are made for each test
/// with the `users add` verb, so no demo account loses a role.
/// </summary>
public sealed class RevokedAccessTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task AdminRoleRemoved_OpenAdminPageCannotResetAPassword_AndCookieNoLongerOpensAdminPages()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var demoted = await AddUserAsync($"Admin Dicabut {suffix}", $"admin-{suffix}@smartvillage.test", "Admin");
        var target = await AddUserAsync($"Pelatih Sasaran {suffix}", $"sasaran-{suffix}@smartvillage.test", "Trainer");

        // Browser B: the admin about to lose the role, with the users page open on the person whose password is at stake.
        await using var other = await App.NewContextAsync();
        var b = await other.NewPageAsync();
        await AppFixture.SignInAsync(b, demoted);
        await OpenUserAsync(b, $"Pelatih Sasaran {suffix}");

        // Browser A: the admin takes the Admin role away (Pelatih instead).
        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);
        await OpenUserAsync(Page, $"Admin Dicabut {suffix}");
        await Row(Page, $"Admin Dicabut {suffix}").GetByRole(AriaRole.Button, new() { Name = "Peran" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Pelatih" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Admin" }).UncheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync($"Peran Admin Dicabut {suffix} disimpan.");

        // Browser B acts on the page it still shows: refused, sent to sign in, no temporary password.
        await Row(b, $"Pelatih Sasaran {suffix}").GetByRole(AriaRole.Button, new() { Name = "Setel ulang sandi" }).ClickAsync();
        await Expect(b).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(b.GetByTestId("temporary-password")).ToHaveCountAsync(0);

        // The cookie no longer opens the admin pages either.
        await b.GotoAsync("/admin/users");
        await Expect(b).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(b.GetByTestId("user-table")).ToHaveCountAsync(0);

        // And the target's password is the one it had: nothing was reset.
        await using var third = await App.NewContextAsync();
        var c = await third.NewPageAsync();
        await AppFixture.SignInAsync(c, target);
    }

    [Fact]
    public async Task ReviewerNarrowedToTanggamus_OpenProvinceReportCannotOpenAnotherRegency()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var reviewer = await AddUserAsync($"Peninjau Dipersempit {suffix}", $"peninjau-{suffix}@smartvillage.test", "Reviewer");

        await using var other = await App.NewContextAsync();
        var b = await other.NewPageAsync();
        await AppFixture.SignInAsync(b, reviewer);
        await b.GotoAsync("/reports");
        var lampungBarat = b.GetByTestId("report-table").GetByRole(AriaRole.Link, new() { Name = "Kabupaten Lampung Barat" });
        await Expect(lampungBarat).ToBeVisibleAsync();

        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);
        await OpenUserAsync(Page, $"Peninjau Dipersempit {suffix}");
        await Row(Page, $"Peninjau Dipersempit {suffix}").GetByRole(AriaRole.Button, new() { Name = "Peran" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Cakupan peninjau").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByText("Kabupaten Tanggamus", new() { Exact = true }).ClickAsync();
        // The list closes once the server holds the choice; pressing Simpan before that would save the old scope.
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync($"Peran Peninjau Dipersempit {suffix} disimpan.");

        await lampungBarat.ClickAsync();
        await Expect(b).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(b.GetByTestId("report-table")).ToHaveCountAsync(0);

        // Signed in again, the reviewer holds the narrower scope.
        await AppFixture.SignInAsync(b, reviewer);
        await Expect(b.GetByTestId("home-reviewer")).ToContainTextAsync("Cakupan: Kabupaten Tanggamus");
    }

    private async Task<string> AddUserAsync(string name, string email, string role)
    {
        var (exit, output, errors) = await App.RunVerbAsync(DemoAccounts.Password + "\n", "users", "add", "--email", email, "--name", name, "--role", role);
        Assert.True(exit == 0, $"users add failed ({exit}): {output}{errors}");
        return email;
    }

    private static async Task OpenUserAsync(IPage page, string name)
    {
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();
        await page.GetByLabel("Cari nama, HP, atau email").FillAsync(name);
        await Assertions.Expect(page.GetByTestId("user-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(Row(page, name)).ToBeVisibleAsync();
    }

    private static ILocator Row(IPage page, string name) => page.GetByTestId("user-table").Locator("tbody tr", new() { HasText = name });
}
