using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using ZXing;
using ZXing.Common;

namespace SmartVillage.EndToEnd.Tests.Features.Attendance;

/// <summary>
/// Pak Hendra's day 1 at 08.00 (JOURNEYS.md): the rotating QR on the projector, an official scanning it with the phone.
/// The app runs with its test-only adjustable clock (Testing:AdjustableClock, Development only), so the test can stand
/// 31 seconds before a code step boundary, read the code shown then, and try it 31 seconds later.
/// </summary>
public sealed class QrCheckInTests(AppFixture app) : BrowserTest(app)
{
    private const string DemoWorkshopTitle = "Bimtek Perencanaan Pembangunan Pekon — Kotabumi";

    [Fact]
    public async Task QrScreen_OfficialOpensDecodedUrl_Hadir_OldCodeAndFutureSessionRefused()
    {
        // The trainer opens the demo bimtek and finds today's session (day 2, open now) and tomorrow's (day 3).
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/trainer/workshops");
        await Page.GetByTestId("trainer-workshop-title").Filter(new() { HasText = DemoWorkshopTitle }).ClickAsync();
        await Expect(Page.GetByTestId("workshop-title")).ToHaveTextAsync(DemoWorkshopTitle);
        var qrLinks = Page.GetByTestId("session-qr");
        await Expect(qrLinks).ToHaveCountAsync(3);
        var today = await SessionIdAsync(qrLinks.Nth(1));
        var tomorrow = await SessionIdAsync(qrLinks.Nth(2));

        // The official signs in on a second browser (the phone).
        await using var phone = await App.NewContextAsync();
        var official = await phone.NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.WorkshopOfficialPhone);

        await Page.GotoAsync($"/trainer/sessions/{today}/qr");
        var startsAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(
            (await Page.GetByTestId("qr-session").GetAttributeAsync("data-starts-at"))!, CultureInfo.InvariantCulture));
        // A 30-second step boundary a little after the session started (inside the 15-minute grace: Hadir, not Terlambat).
        var boundary = DateTimeOffset.FromUnixTimeSeconds((startsAt.ToUnixTimeSeconds() / 30 + 5) * 30);
        using var http = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        try
        {
            // 31 seconds before the boundary: the code then on screen.
            await AppClock.SetAsync(http, boundary.AddSeconds(-31));
            await Page.ReloadAsync();
            var oldCode = (await Page.GetByTestId("short-code").TextContentAsync())!.Trim();

            // 31 seconds later: that code is refused.
            await AppClock.SetAsync(http, boundary);
            await official.GotoAsync($"/attend/{today}/{oldCode}");
            await Expect(official.GetByTestId("check-in-result")).ToContainTextAsync("kedaluwarsa");
            // A refusal is announced at once to a screen reader; a success politely.
            await Expect(official.GetByTestId("check-in-result")).ToHaveAttributeAsync("role", "alert");

            // The projector shows the new code; the phone's camera reads the QR.
            await Page.ReloadAsync();
            await Expect(Page.GetByTestId("short-code")).Not.ToHaveTextAsync(oldCode);
            // Screenshot once the circuit has taken over the prerendered page (it replaces the DOM once).
            await Expect(Page.GetByTestId("qr-panel")).ToHaveAttributeAsync("data-interactive", "true");
            var url = Decode(await Page.GetByTestId("qr-image").ScreenshotAsync());
            Assert.Matches(new Regex($"^{Regex.Escape(App.BaseUrl)}/attend/{today}/[A-Z0-9]{{6}}$"), url);

            await official.GotoAsync(url);
            await Expect(official.GetByTestId("check-in-status")).ToHaveTextAsync("Hadir");
            await Expect(official.GetByTestId("check-in-result")).ToHaveAttributeAsync("role", "status");
            // Scanning twice keeps the one mark.
            await official.GotoAsync(url);
            await Expect(official.GetByTestId("check-in-result")).ToContainTextAsync("sudah tercatat");

            // The trainer's roster shows Hadir for the official.
            await Page.GotoAsync($"/trainer/sessions/{today}/roster");
            var row = Page.GetByTestId("roster-row").Filter(new() { HasText = "Agus Setiawan" });
            await Expect(row.GetByTestId("roster-status")).ToContainTextAsync("Hadir");

            // Tomorrow's session: even its current code is refused, because it is not open yet.
            await Page.GotoAsync($"/trainer/sessions/{tomorrow}/qr");
            await Expect(Page.GetByTestId("qr-not-open")).ToBeVisibleAsync();
            var futureCode = (await Page.GetByTestId("short-code").TextContentAsync())!.Trim();
            await official.GotoAsync($"/attend/{tomorrow}/{futureCode}");
            await Expect(official.GetByTestId("check-in-result")).ToContainTextAsync("belum dibuka");
        }
        finally
        {
            await AppClock.ResetAsync(http);
        }
    }

    internal static async Task<int> SessionIdAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href");
        return int.Parse(Regex.Match(href!, @"/trainer/sessions/(\d+)/qr").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the QR in a screenshot, as a phone's camera would.</summary>
    private static string Decode(byte[] png)
    {
        var (rgb, width, height) = PngRgb.Decode(png);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        var result = reader.Decode(new RGBLuminanceSource(rgb, width, height, RGBLuminanceSource.BitmapFormat.RGB24));
        Assert.NotNull(result);
        return result.Text;
    }
}
