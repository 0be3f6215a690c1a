using System.Text;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.Learning;

/// <summary>
/// DESIGN.md §7: the first load of a lesson page is at most 120 KB transferred, a return visit at most 30 KB. Weighed on
/// the wire: the phone reaches the app through a <see cref="ThrottledLink"/> wide enough not to slow anything, which counts
/// every byte the app sends (HTTP headers and bodies as compressed, the circuit's WebSocket frames as deflated), what the
/// official's data plan pays. Chromium's own counters (DevTools protocol) name the responses that made up the load.
/// </summary>
public sealed class LessonPageWeightTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    private const int FirstLoadBudget = 120 * 1024;
    private const int ReturnVisitBudget = 30 * 1024;
    private const string Lesson = "/courses/pengelolaan-apbdes-siskeudes/lessons/01-struktur-apbdes";

    [Fact]
    public async Task LessonPage_FirstLoadAndReturnVisit_StayWithinTheirBudgets()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.MegaPhone);
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        await Page.GetByTestId("enroll").ClickAsync();
        await Expect(Page.GetByTestId("start-learning")).ToBeVisibleAsync();

        await using var meter = new ThrottledLink(App.BaseUrl, bitsPerSecond: 10_000_000_000, latency: TimeSpan.Zero);
        await using var phone = await App.NewPhoneSignedInAsync(Context, meter.BaseUrl);

        var first = await WeighAsync(phone, meter, "first load, empty cache");
        // The same official comes back to the lesson another day: a new tab, the browser's cache as the first visit left it.
        var again = await WeighAsync(phone, meter, "return visit, cache as the first load left it");

        var report = $"{first.Describe(Lesson)}\n{again.Describe(Lesson)}";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "lesson-page-weight.txt"), report);
        Assert.True(first.Wire <= FirstLoadBudget, $"First load over {FirstLoadBudget / 1024} KB.\n{report}");
        Assert.True(again.Wire <= ReturnVisitBudget, $"Return visit over {ReturnVisitBudget / 1024} KB.\n{report}");
    }

    private static async Task<PageWeight> WeighAsync(IBrowserContext phone, ThrottledLink meter, string what)
    {
        var page = await phone.NewPageAsync();
        var cdp = await phone.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        var gate = new object();
        var urls = new Dictionary<string, string>();
        var http = new List<(string Url, long Bytes)>();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            if (e is not { } json) return;
            lock (gate) urls[json.GetProperty("requestId").GetString()!] = json.GetProperty("response").GetProperty("url").GetString()!;
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is not { } json) return;
            var id = json.GetProperty("requestId").GetString()!;
            var bytes = (long)json.GetProperty("encodedDataLength").GetDouble();
            lock (gate) http.Add((urls.GetValueOrDefault(id, id), bytes));
        };

        var before = meter.BytesToBrowser;
        await page.GotoAsync(Lesson);
        await Expect(page.GetByTestId("lesson-body")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("mark-complete")).ToBeEnabledAsync();
        // Counted too: blazor.web.js, which a reading page fetches once it has loaded (js/boot.js).
        await page.WaitForFunctionAsync("() => window.svBlazorStarted === true");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(500); // the last circuit frames after the network went idle
        var wire = meter.BytesToBrowser - before;
        await page.CloseAsync();
        lock (gate) return new PageWeight(what, wire, http.ToList());
    }

    private sealed record PageWeight(string What, long Wire, IReadOnlyList<(string Url, long Bytes)> Http)
    {
        public string Describe(string url)
        {
            var text = new StringBuilder();
            text.AppendLine($"{url} at 360 px, {What}: {Wire:N0} bytes ({Wire / 1024.0:0.0} KB) from the app on the wire");
            text.AppendLine($"  HTTP responses (Chromium's encoded bytes, headers included; 0 = from the cache): {Http.Sum(h => h.Bytes):N0} in {Http.Count}");
            foreach (var (u, b) in Http.OrderByDescending(h => h.Bytes)) text.AppendLine($"    {b,9:N0}  {new Uri(u).PathAndQuery}");
            text.AppendLine($"  the rest (the circuit's WebSocket, deflated): {Wire - Http.Sum(h => h.Bytes):N0}");
            return text.ToString();
        }
    }
}
