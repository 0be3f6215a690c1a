using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.Home;

/// <summary>
/// Each role's home as that person sees it at 360 px, what it links to, and a screenshot at 360 and 1280 px written beside
/// the test assembly (screenshots/home-*.png) for the persona walk. Read-only: the accounts' data belongs to other tests.
/// </summary>
public sealed class HomeTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    [Fact]
    public async Task Official_Home_ShowsHerDayAndDesaSayaOpensHerVillage()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.CertifiedOfficialPhone);
        var home = Page.GetByTestId("home-official");

        await Expect(home.GetByTestId("home-courses")).ToBeVisibleAsync();
        await Expect(home.GetByTestId("home-next-session")).ToBeVisibleAsync();
        // Bu Wati was certified in the Liwa bimtek: her latest certificate, downloadable from home.
        await Expect(home.GetByTestId("latest-certificate")).Not.ToBeEmptyAsync();
        await Expect(home.GetByTestId("home-certificate").GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" })).ToHaveAttributeAsync("href", new Regex(@"^/certificates/.+\.pdf$"));
        await Expect(home.GetByTestId("home-competency")).Not.ToHaveCountAsync(0);
        await Expect(home.GetByTestId("home-mentor-waiting")).ToBeVisibleAsync();
        await ScreenshotsAsync("official");

        await home.GetByTestId("my-village").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory/villages/18\.\d\d\.\d\d\.\d{4}$"));
    }

    [Fact]
    public async Task Trainer_Home_ShowsEssaysToGradeSessionsWithRosterAndQrAndDrafts()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        var home = Page.GetByTestId("home-trainer");

        await Expect(home.GetByTestId("essays-waiting")).ToHaveTextAsync(new Regex(@"^\d+$"));
        var session = home.GetByTestId("home-session").First;
        await Expect(session.GetByRole(AriaRole.Link, new() { Name = "Daftar hadir" })).ToHaveAttributeAsync("href", new Regex(@"^/trainer/sessions/\d+/roster$"));
        await Expect(session.GetByRole(AriaRole.Link, new() { Name = "QR absen" })).ToHaveAttributeAsync("href", new Regex(@"^/trainer/sessions/\d+/qr$"));
        await Expect(home.GetByTestId("home-drafts")).ToBeVisibleAsync();
        await ScreenshotsAsync("trainer");

        await home.GetByRole(AriaRole.Link, new() { Name = "Buka penilaian" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/authoring/grading$"));
    }

    [Fact]
    public async Task Mentor_Home_ShowsWhatWaits()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Mentor);
        var home = Page.GetByTestId("home-mentor");

        await Expect(home.GetByTestId("home-plans-review")).ToBeVisibleAsync();
        await Expect(home.GetByTestId("home-obstacles")).ToBeVisibleAsync();
        await Expect(home.GetByTestId("home-visits")).ToBeVisibleAsync();
        await ScreenshotsAsync("mentor");

        await home.GetByRole(AriaRole.Link, new() { Name = "Buka pendampingan" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/mentor$"));
    }

    [Fact]
    public async Task ProvinceReviewer_Home_ShowsHeadlineFiguresAndOpensTheDashboard()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);
        var home = Page.GetByTestId("home-reviewer");

        await Expect(home.GetByTestId("figure-officials")).ToHaveTextAsync(new Regex(@"^[1-9][\d.]*$"));
        await ScreenshotsAsync("reviewer");

        await home.GetByTestId("open-dashboard").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/reports$"));
    }

    [Fact]
    public async Task RegencyReviewer_Home_OpensTheDashboardOfHerRegency()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RegencyReviewer);

        await Expect(Page.GetByTestId("open-dashboard")).ToHaveAttributeAsync("href", new Regex(@"^/reports/18\.\d\d$"));
    }

    [Fact]
    public async Task Admin_Home_ShowsAccountsAndImports()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);
        var home = Page.GetByTestId("home-admin");

        await Expect(home.GetByTestId("figure-accounts")).ToHaveTextAsync(new Regex(@"^[1-9][\d.]*$"));
        await Expect(home.GetByRole(AriaRole.Link, new() { Name = "Impor aparatur" })).ToHaveAttributeAsync("href", "/admin/officials/import");
        await ScreenshotsAsync("admin");
    }

    /// <summary>The whole home at a phone's and a desktop's width, for the persona walk (test output, not compared).</summary>
    private async Task ScreenshotsAsync(string role)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        foreach (var width in new[] { 360, 1280 })
        {
            await Page.SetViewportSizeAsync(width, 800);
            var path = Path.Combine(folder, $"home-{role}-{width}.png");
            await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
            output.WriteLine($"Screenshot: {path}");
        }
        await Page.SetViewportSizeAsync(360, 740);
    }
}
