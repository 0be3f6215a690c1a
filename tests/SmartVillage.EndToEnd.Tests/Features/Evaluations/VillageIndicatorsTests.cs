using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Evaluations;

/// <summary>
/// The results level's evidence, through the pages people use at 360 px: an official of the village Pak Yusuf accompanies
/// records that its website is active; Pak Yusuf confirms it; the official sees it confirmed after coming back. The admin
/// adds a question to the province template and finds it in the next version.
/// </summary>
public sealed class VillageIndicatorsTests(AppFixture app) : BrowserTest(app)
{
    private const string Website = "situs-web";

    [Fact]
    public async Task OfficialRecordsAnIndicator_TheVillagesMentorConfirmsIt_TheOfficialSeesItConfirmed()
    {
        var official = DemoAccounts.MentoringOfficialPhones[3];   // 081270000119: Pak Yusuf accompanies his whole village
        await AppFixture.SignInAsync(Page, official);
        await Page.GotoAsync("/my/indicators");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var card = Page.Locator($"[data-testid=indicator][data-code={Website}]");
        await card.GetByText("Sudah tercapai").ClickAsync();
        await card.GetByLabel("Keterangan (boleh dikosongkan)").FillAsync("Diperbarui tiap Senin oleh operator tiyuh");
        await card.GetByTestId("indicator-save").ClickAsync();
        await Expect(card.GetByTestId("indicator-state")).ToContainTextAsync("menunggu konfirmasi pendamping");

        await using var mentorContext = await App.NewContextAsync();
        var mentor = await mentorContext.NewPageAsync();
        await AppFixture.SignInAsync(mentor, DemoAccounts.SecondMentor);
        await mentor.GotoAsync("/mentor/indicators");
        await Expect(mentor.GetByTestId("interactive")).ToBeAttachedAsync();
        var recorded = mentor.Locator($"[data-testid=mentor-indicator][data-code={Website}]");
        await Expect(recorded).ToContainTextAsync("Situs web desa aktif: tercapai");
        await Expect(recorded).ToContainTextAsync("Diperbarui tiap Senin oleh operator tiyuh");
        await recorded.GetByTestId("indicator-confirm").ClickAsync();
        await Expect(recorded.GetByTestId("mentor-indicator-confirmed")).ToBeVisibleAsync();

        // Coming back later: what the database holds, not what the page remembered.
        await Page.ReloadAsync();
        await Expect(card.GetByTestId("indicator-state")).ToContainTextAsync("Dikonfirmasi Yusuf Hidayat");
    }

    [Fact]
    public async Task AdminAddsAnOpenQuestionToTheTemplate_ItIsInTheNextVersion()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);
        await Page.GotoAsync("/admin/evaluation-template");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var items = Page.GetByTestId("template-item");
        var before = await items.CountAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Tambah butir" }).ClickAsync();
        await Expect(items).ToHaveCountAsync(before + 1);
        var added = items.Last;
        await added.GetByLabel($"Butir {before + 1}").FillAsync("Apa yang akan Anda terapkan di pekon bulan depan?");
        await Page.GetByTestId("template-save").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Templat disimpan sebagai versi");

        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Expect(items).ToHaveCountAsync(before + 1);
        await Expect(items.Last.GetByLabel($"Butir {before + 1}")).ToHaveValueAsync("Apa yang akan Anda terapkan di pekon bulan depan?");
    }
}
