using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Workshops;

/// <summary>
/// Bimtek saya is a reading page with no circuit (decision 0023): Bu Kartika registers for the Kotabumi bimtek at 360 px with
/// one double tap, is asked before she gives her seat away, says no, then cancels; each answer is the page again, saying
/// what the database now holds.
/// </summary>
public sealed class MyWorkshopsTests(AppFixture app) : BrowserTest(app)
{
    private const string Bimtek = "Bimtek Perencanaan Pembangunan Pekon — Kotabumi";
    private const string Phone = DemoAccounts.RegisteringOfficialPhone;

    [Fact]
    public async Task Official_RegistersWithADoubleTap_DeclinesThenConfirmsCancelling_WithoutACircuit()
    {
        await AppFixture.SignInAsync(Page, Phone);
        await Page.GotoAsync("/my/workshops");
        await Expect(Page.Locator("[data-render]")).ToHaveAttributeAsync("data-render", "static");
        await Expect(Page.GetByTestId("my-workshops-empty")).ToBeVisibleAsync();

        // A double tap on "Daftar": the first says Menyimpan… and the second is not sent; one registration either way.
        var open = Page.GetByTestId("open-workshop").Filter(new() { HasText = Bimtek });
        await open.GetByTestId("register-workshop").DblClickAsync();
        await Expect(Page.GetByTestId("my-workshops-notice")).ToHaveTextAsync("Anda terdaftar di bimtek ini.");
        var mine = Page.GetByTestId("my-workshop").Filter(new() { HasText = Bimtek });
        await Expect(mine).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("open-workshop").Filter(new() { HasText = Bimtek })).ToHaveCountAsync(0);
        Assert.Equal("1", await RegistrationsAsync("Registered"));
        await AssertFitsAsync();

        // Asked first: "Tidak" keeps the seat.
        await mine.GetByRole(AriaRole.Button, new() { Name = "Batalkan pendaftaran" }).ClickAsync();
        var dialog = mine.GetByTestId("cancel-workshop-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Kursi Anda langsung diberikan kepada peserta di daftar tunggu.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Tidak" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal("1", await RegistrationsAsync("Registered"));

        await mine.GetByRole(AriaRole.Button, new() { Name = "Batalkan pendaftaran" }).ClickAsync();
        await dialog.GetByTestId("cancel-workshop-confirm").ClickAsync();

        await Expect(Page.GetByTestId("my-workshops-notice")).ToHaveTextAsync($"Pendaftaran di {Bimtek} dibatalkan.");
        await Expect(Page.GetByTestId("my-workshop")).ToHaveCountAsync(0);
        Assert.Equal("0", await RegistrationsAsync("Registered"));
        Assert.Equal("1", await RegistrationsAsync("Cancelled"));
        await Expect(Page.GetByTestId("open-workshop").Filter(new() { HasText = Bimtek }).GetByTestId("register-workshop")).ToBeVisibleAsync();
    }

    private Task<string?> RegistrationsAsync(string status) => App.ScalarAsync("""
        SELECT COUNT(*) FROM Registrations r JOIN Workshops w ON w.Id = r.WorkshopId JOIN AspNetUsers u ON u.Id = r.UserId
        WHERE w.Title = $title AND u.UserName = $user AND r.Status = $status
        """, ("$title", Bimtek), ("$user", "+62" + Phone[1..]), ("$status", status));

    private async Task AssertFitsAsync()
    {
        var width = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"Bimtek saya is {width} px wide at a 360 px screen.");
    }
}
