using System.Globalization;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Attendance;

/// <summary>
/// The fallback of the attendance design (JOURNEYS.md, Pak Hendra's day 1): an official whose camera fails types the
/// short code beside the QR on <c>/attend</c> and presses <em>Absen</em>; a wrong or stale code is refused in Indonesian
/// and she can try again; then she leaves a note for the trainer.
/// </summary>
public sealed class TypedCodeCheckInTests(AppFixture app) : BrowserTest(app)
{
    private const string DemoWorkshopTitle = "Bimtek Perencanaan Pembangunan Pekon — Kotabumi";

    /// <summary>Seated in the demo bimtek, kept out of every other test (DemoAccounts.WorkshopOfficialPhones).</summary>
    private const string OfficialPhone = "081270000106";

    [Fact]
    public async Task TypedCode_WrongStaleAndRight_RefusedTwiceThenHadir_AndTheNoteIsSaved()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/trainer/workshops");
        await Page.GetByTestId("trainer-workshop-title").Filter(new() { HasText = DemoWorkshopTitle }).ClickAsync();
        var today = await QrCheckInTests.SessionIdAsync(Page.GetByTestId("session-qr").Nth(1));

        await using var phone = await App.NewContextAsync();
        var official = await phone.NewPageAsync();
        await AppFixture.SignInAsync(official, OfficialPhone);

        await Page.GotoAsync($"/trainer/sessions/{today}/qr");
        var startsAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(
            (await Page.GetByTestId("qr-session").GetAttributeAsync("data-starts-at"))!, CultureInfo.InvariantCulture));
        var boundary = DateTimeOffset.FromUnixTimeSeconds((startsAt.ToUnixTimeSeconds() / 30 + 7) * 30);
        using var http = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        try
        {
            await AppClock.SetAsync(http, boundary.AddSeconds(-31));
            await Page.ReloadAsync();
            var staleCode = (await Page.GetByTestId("short-code").TextContentAsync())!.Trim();
            await AppClock.SetAsync(http, boundary);
            await Page.ReloadAsync();
            await Expect(Page.GetByTestId("short-code")).Not.ToHaveTextAsync(staleCode);
            var code = (await Page.GetByTestId("short-code").TextContentAsync())!.Trim();

            // From "Bimtek saya", as she would get there.
            await official.GotoAsync("/my/workshops");
            await official.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Absen dengan kode" }).ClickAsync();

            await official.GetByTestId("short-code-input").FillAsync("ZZ99ZZ");
            await official.GetByTestId("short-code-submit").ClickAsync();
            await Expect(official.GetByTestId("check-in-result")).ToContainTextAsync("kedaluwarsa");

            await official.GetByTestId("short-code-input").FillAsync(staleCode.ToLowerInvariant());
            await official.GetByTestId("short-code-submit").ClickAsync();
            await Expect(official.GetByTestId("check-in-result")).ToContainTextAsync("kedaluwarsa");

            await official.GetByTestId("short-code-input").FillAsync(code);
            await official.GetByTestId("short-code-submit").ClickAsync();
            await Expect(official.GetByTestId("check-in-status")).ToHaveTextAsync("Hadir");

            await official.Locator("#note").FillAsync("Datang bersama Kaur Perencanaan.");
            await official.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Simpan catatan" }).ClickAsync();
            await Expect(official.GetByTestId("note-saved")).ToHaveTextAsync("Catatan tersimpan.");
            Assert.Equal("Datang bersama Kaur Perencanaan.", await App.ScalarAsync("""
                SELECT m.Note FROM AttendanceMarks m JOIN AspNetUsers u ON u.Id = m.UserId
                WHERE m.SessionId = $session AND u.UserName = '+6281270000106'
                """, ("$session", today)));

            // The trainer's roster shows her Hadir.
            await Page.GotoAsync($"/trainer/sessions/{today}/roster");
            var row = Page.GetByTestId("roster-row").Filter(new() { HasText = "Dedi Kurniawan" });
            await Expect(row.GetByTestId("roster-status")).ToContainTextAsync("Hadir");
        }
        finally
        {
            await AppClock.ResetAsync(http);
        }
    }
}
