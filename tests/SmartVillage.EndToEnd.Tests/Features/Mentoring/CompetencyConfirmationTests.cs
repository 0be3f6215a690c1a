using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Mentoring;

/// <summary>Bu Maria confirms Pak Slamet's level on her phone; he sees her confirmation in "Kompetensi saya".</summary>
public sealed class CompetencyConfirmationTests(AppFixture app) : BrowserTest(app)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    private static async Task PickAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Mentor_ConfirmsALevelAt360Px_AndTheOfficialSeesItAsEvidence()
    {
        const string note = "Memandu musyawarah dusun dan menyusun notulen sendiri.";
        await AppFixture.SignInAsync(Page, DemoAccounts.Mentor);
        await Page.GotoAsync("/mentor");
        // A live page: its router takes the tap once its circuit runs (a tap while it connects can be dropped; decision 0023).
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Page.GetByTestId("mentee").Filter(new() { HasText = "Slamet Riyadi" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var panel = Page.GetByTestId("confirmation-panel");
        await Expect(panel.GetByTestId("confirmation-area-komunikasi-efektif")).ToBeVisibleAsync();

        await Page.GetByTestId("confirm-competency").ClickAsync();
        await Expect(Page.GetByTestId("confirmation-form")).ToContainTextAsync("Pilih area kompetensi.");

        await PickAsync(Page, "confirmation-area", "Komunikasi Efektif");
        await PickAsync(Page, "confirmation-level", "Menengah");
        await Field(Page, "confirmation-note").FillAsync(note);
        await Page.GetByTestId("confirm-competency").ClickAsync();

        await Expect(panel.GetByTestId("confirmation-area-komunikasi-efektif").GetByTestId("active-confirmation"))
            .ToContainTextAsync("Dikonfirmasi Menengah oleh Maria Lestari");
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"The mentor's page of an official is {scrollWidth} px wide at 360 px.");

        var official = await (await App.NewContextAsync()).NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.ConfirmedOfficialPhone);
        await official.GotoAsync("/my/competencies");
        var area = official.GetByTestId("area-komunikasi-efektif");
        await Expect(area).ToContainTextAsync($"Konfirmasi pendamping: Maria Lestari — “{note}” — Menengah");
        await Expect(official.GetByText("Belum dihitung")).ToHaveCountAsync(0);
    }
}
