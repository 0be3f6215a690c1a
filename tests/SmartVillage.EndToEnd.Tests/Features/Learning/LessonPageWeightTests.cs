using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.Learning;

/// <summary>
/// DESIGN.md §7: the first load of a lesson page stays under 400 KB transferred. Weighed with Chromium's own
/// counters (DevTools protocol): every HTTP response's encoded (compressed) bytes on the wire, headers included,
/// plus the WebSocket frames the circuit receives until the page is interactive and the network is idle.
/// The browser cache is disabled for the load, so nothing signed-in pages fetched before counts as free.
/// </summary>
public sealed class LessonPageWeightTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    private const int Budget = 400 * 1024;
    private const string Lesson = "/courses/pengelolaan-apbdes-siskeudes/lessons/01-struktur-apbdes";

    [Fact]
    public async Task LessonPage_FirstLoad_IsUnder400KilobytesTransferred()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.MegaPhone);
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await Page.GetByTestId("enroll").ClickAsync();
        await Expect(Page.GetByTestId("start-learning")).ToBeVisibleAsync();

        var weight = await WeighAsync(Lesson);

        var report = weight.Describe(Lesson);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "lesson-page-weight.txt"), report);
        Assert.True(weight.Total < Budget, report);
    }

    private async Task<PageWeight> WeighAsync(string url)
    {
        var cdp = await Context.NewCDPSessionAsync(Page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });

        var gate = new object();
        var urls = new Dictionary<string, string>();
        var http = new List<(string Url, long Bytes)>();
        long webSocket = 0;
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
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
        {
            if (e is not { } json) return;
            var frame = json.GetProperty("response");
            var payload = frame.GetProperty("payloadData").GetString() ?? "";
            var bytes = frame.GetProperty("opcode").GetDouble() == 2 ? Convert.FromBase64String(payload).Length : Encoding.UTF8.GetByteCount(payload);
            lock (gate) webSocket += bytes;
        };

        await Page.GotoAsync(url);
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("mark-complete")).ToBeEnabledAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.WaitForTimeoutAsync(500); // the last circuit frames after idle

        lock (gate) return new PageWeight(http.ToList(), webSocket);
    }

    private sealed record PageWeight(IReadOnlyList<(string Url, long Bytes)> Http, long WebSocket)
    {
        public long Total => Http.Sum(h => h.Bytes) + WebSocket;

        public string Describe(string url)
        {
            var text = new StringBuilder();
            text.AppendLine($"First load of {url} at 360 px, cache disabled: {Total:N0} bytes ({Total / 1024.0:0.0} KB) transferred");
            text.AppendLine($"  HTTP (encoded bytes incl. headers): {Http.Sum(h => h.Bytes):N0} in {Http.Count} responses");
            foreach (var (u, b) in Http.OrderByDescending(h => h.Bytes)) text.AppendLine($"    {b,9:N0}  {new Uri(u).PathAndQuery}");
            text.AppendLine($"  WebSocket frames received (circuit): {WebSocket:N0}");
            return text.ToString();
        }
    }
}
