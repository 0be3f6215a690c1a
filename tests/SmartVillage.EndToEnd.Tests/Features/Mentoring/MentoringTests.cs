using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Mentoring;

public sealed class MentoringTests(AppFixture app) : BrowserTest(app)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    private static async Task WaitInteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();

    /// <summary>Opens a MudSelect and picks the option with exactly this text.</summary>
    private static async Task PickAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>A snackbar over the bottom buttons of a 360 px page waits to fade, as a person would.</summary>
    private static async Task WaitForSnackbarsToFadeAsync(IPage page)
    {
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
    }

    private async Task<IPage> SignedInPageAsync(string login)
    {
        var context = await App.NewContextAsync();
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, login);
        return page;
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitInteractiveAsync(page);
    }

    [Fact]
    public async Task WorkPlan_SubmittedChangedRevisedApproved_AnotherMentorIsRefused()
    {
        var title = $"Website Pekon {Guid.NewGuid().ToString("N")[..6]}";
        await AppFixture.SignInAsync(Page, DemoAccounts.PlanOfficialPhone);
        await OpenAsync(Page, "/my/plans/new");
        await Field(Page, "plan-title").FillAsync(title);
        await Field(Page, "plan-goal").FillAsync("Warga dapat membaca pengumuman dan APBDes pekon dari ponsel.");
        await PickAsync(Page, "plan-budget-source", "Dana Desa");
        await Field(Page, "plan-budget-amount").FillAsync("60000000");
        await Field(Page, "plan-indicators").FillAsync("Website aktif\nAPBDes diunggah tiap triwulan");
        await Field(Page, "activity-title").FillAsync("Pelatihan operator website");
        await Field(Page, "activity-starts").FillAsync("2027-02-01");
        await Field(Page, "activity-ends").FillAsync("2027-02-03");
        await Field(Page, "activity-responsible").FillAsync("Kasi Pelayanan");
        await Page.GetByTestId("save-plan").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/my/plans/\d+$"));
        var planId = Regex.Match(Page.Url, @"/my/plans/(\d+)$").Groups[1].Value;
        await WaitInteractiveAsync(Page);
        await Expect(Page.GetByTestId("plan-budget")).ToHaveTextAsync("Dana Desa · Rp60.000.000");
        await Page.GetByTestId("submit-plan").ClickAsync();
        await Expect(Page.GetByTestId("plan-status")).ToHaveTextAsync("Menunggu tinjauan");

        // Bu Maria finds it on her desk, beside the demo plan, and asks for a change.
        var maria = await SignedInPageAsync(DemoAccounts.Mentor);
        await OpenAsync(maria, "/mentor");
        await Assertions.Expect(maria.GetByTestId("waiting-plan").Filter(new() { HasText = "Website Pekon untuk layanan" })).ToBeVisibleAsync();
        await maria.GetByTestId("waiting-plan").Filter(new() { HasText = title }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(maria).ToHaveURLAsync(new Regex($"/mentor/plans/{planId}$"));
        await WaitInteractiveAsync(maria);
        await Field(maria, "review-note").FillAsync("Anggaran Rp60 juta terlalu besar; cek harga hosting dan pelatihan.");
        await maria.GetByTestId("request-changes").ClickAsync();
        await Assertions.Expect(maria.GetByTestId("plan-status")).ToHaveTextAsync("Perlu perubahan");

        // Andi sees why, lowers the budget, and submits again.
        await OpenAsync(Page, $"/my/plans/{planId}");
        await Expect(Page.GetByTestId("changes-requested")).ToContainTextAsync("cek harga hosting");
        await Page.GetByTestId("edit-plan").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/my/plans/{planId}/edit$"));
        await WaitInteractiveAsync(Page);
        await Expect(Field(Page, "plan-title")).ToHaveValueAsync(title);
        await Field(Page, "plan-budget-amount").FillAsync("25000000");
        await Page.GetByTestId("save-plan").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/my/plans/{planId}$"));
        await WaitInteractiveAsync(Page);
        await Expect(Page.GetByTestId("plan-budget")).ToHaveTextAsync("Dana Desa · Rp25.000.000");
        await WaitForSnackbarsToFadeAsync(Page);
        await Page.GetByTestId("submit-plan").ClickAsync();
        await Expect(Page.GetByTestId("plan-status")).ToHaveTextAsync("Menunggu tinjauan");

        // Bu Maria approves the revision.
        await OpenAsync(maria, $"/mentor/plans/{planId}");
        await Assertions.Expect(maria.GetByTestId("plan-budget")).ToHaveTextAsync("Dana Desa · Rp25.000.000");
        await maria.GetByTestId("approve-plan").ClickAsync();
        await Assertions.Expect(maria.GetByTestId("plan-status")).ToHaveTextAsync("Disetujui");
        await Assertions.Expect(maria.GetByTestId("plan-event")).ToHaveCountAsync(4);
        await Assertions.Expect(maria.GetByTestId("plan-event").Nth(1)).ToContainTextAsync("Minta perubahan · Maria Lestari");
        await Assertions.Expect(maria.GetByTestId("plan-event").Nth(2)).ToContainTextAsync("Diajukan ulang · Andi Wijaya");

        // Pak Yusuf does not mentor Andi: the plan is refused, even by its URL.
        var yusuf = await SignedInPageAsync(DemoAccounts.SecondMentor);
        await yusuf.GotoAsync($"/mentor/plans/{planId}");
        await Assertions.Expect(yusuf.GetByTestId("mentoring-refused")).ToContainTextAsync("Anda tidak mendampingi aparatur ini");
        await Assertions.Expect(yusuf.GetByTestId("plan-heading")).ToHaveCountAsync(0);
        await Assertions.Expect(yusuf.GetByTestId("review-panel")).ToHaveCountAsync(0);
        await maria.Context.CloseAsync();
        await yusuf.Context.CloseAsync();
    }

    [Fact]
    public async Task Obstacle_LoggedByOfficial_MentorMovesAndResolvesIt_HistoryShowsEachStep()
    {
        var story = $"Operator baru belum bisa memakai Siskeudes ({Guid.NewGuid().ToString("N")[..4]}).";
        await AppFixture.SignInAsync(Page, DemoAccounts.ObstacleOfficialPhone);
        await OpenAsync(Page, "/my/obstacles");
        await Page.GetByTestId("log-obstacle").ClickAsync();
        await Expect(Page.GetByText("Pilih kategori kendala", new() { Exact = false })).ToBeVisibleAsync();
        await PickAsync(Page, "obstacle-category", "SDM");
        await Field(Page, "obstacle-description").FillAsync(story);
        await Page.GetByTestId("log-obstacle").ClickAsync();
        var card = Page.GetByTestId("obstacle-card").Filter(new() { HasText = story });
        await Expect(card).ToContainTextAsync("Terbuka");
        var href = await card.GetByTestId("obstacle-link").GetAttributeAsync("href");
        var id = Regex.Match(href!, @"(\d+)$").Groups[1].Value;

        var maria = await SignedInPageAsync(DemoAccounts.Mentor);
        await OpenAsync(maria, "/mentor");
        await Assertions.Expect(maria.GetByTestId("obstacle-card").Filter(new() { HasText = "Operator baru belum bisa" })).ToContainTextAsync("0 hari terbuka");
        await OpenAsync(maria, $"/mentor/obstacles/{id}");
        await Field(maria, "obstacle-note").FillAsync("Saya daftarkan operator ke pelatihan Siskeudes kabupaten.");
        await maria.GetByTestId("obstacle-in-progress").ClickAsync();
        await Assertions.Expect(maria.GetByTestId("obstacle-status")).ToHaveTextAsync("Ditangani");
        await Field(maria, "obstacle-note").FillAsync("Operator sudah ikut pelatihan dan mendapat akun.");
        await maria.GetByTestId("obstacle-resolve").ClickAsync();
        await Assertions.Expect(maria.GetByTestId("obstacle-status")).ToHaveTextAsync("Selesai");

        await OpenAsync(Page, $"/my/obstacles/{id}");
        var entries = Page.GetByTestId("obstacle-entry");
        await Expect(entries).ToHaveCountAsync(3);
        await Expect(entries.Nth(0)).ToContainTextAsync("Dicatat · Rohmah");
        await Expect(entries.Nth(1)).ToContainTextAsync("Terbuka → Ditangani · Maria Lestari");
        await Expect(entries.Nth(1)).ToContainTextAsync("pelatihan Siskeudes kabupaten");
        await Expect(entries.Nth(2)).ToContainTextAsync("Ditangani → Selesai · Maria Lestari");
        await Expect(entries.Nth(2)).ToContainTextAsync("Operator sudah ikut pelatihan dan mendapat akun.");
        await maria.Context.CloseAsync();
    }
}
