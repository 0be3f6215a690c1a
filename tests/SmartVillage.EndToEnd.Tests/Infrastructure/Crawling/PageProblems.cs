using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>
/// Watches one page for what a person would call broken: an HTTP error from the app, a console error or uncaught
/// script error (a dead circuit logs one), Blazor's error bar, and English text from the framework where the app
/// speaks Indonesian. <see cref="CheckAsync"/> adds what the page shows now; <see cref="Take"/> hands over what was
/// seen since the last call.
/// </summary>
public sealed class PageProblems : IDisposable
{
    /// <summary>
    /// Phrases ASP.NET Core, Blazor or MudBlazor write in English when something failed. The app's own texts are
    /// Indonesian; a person never reads these on a working page.
    /// </summary>
    public static readonly IReadOnlyList<string> EnglishFrameworkPhrases =
    [
        "An unhandled error has occurred", "An unhandled exception", "antiforgery token", "Not a valid number", "is required",
        "The field ", "must be a number", "Sorry, there's nothing at this address", "An error occurred while processing your request",
        "Object reference not set", "Exception:", "Bad Request", "Internal Server Error", "Attempting to reconnect",
        "Failed to rejoin", "Conversion error", "is not a valid",
    ];

    private readonly ConcurrentQueue<string> seen = new();
    private readonly string origin;
    private readonly IPage page;

    private PageProblems(IPage page, string origin)
    {
        this.page = page;
        this.origin = origin;
        page.Response += OnResponse;
        page.Console += OnConsole;
        page.PageError += OnPageError;
    }

    /// <summary>Starts watching the page (until disposed, so a page can be reused for the next target).</summary>
    public static PageProblems Watch(IPage page, string baseUrl) => new(page, new Uri(baseUrl).GetLeftPart(UriPartial.Authority));

    public void Dispose()
    {
        page.Response -= OnResponse;
        page.Console -= OnConsole;
        page.PageError -= OnPageError;
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Status >= 400 && response.Url.StartsWith(origin, StringComparison.Ordinal))
            seen.Enqueue($"HTTP {response.Status} {response.Request.Method} {PathOf(response.Url)}");
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error" && !IsTestHostArtifact(message.Text)) seen.Enqueue($"console error: {message.Text}");
    }

    private void OnPageError(object? sender, string error) => seen.Enqueue($"script error: {error}");

    /// <summary>Adds what the page shows now: Blazor's error bar, English framework text.</summary>
    public async Task CheckAsync(IPage page)
    {
        if (page.IsClosed) return;
        try
        {
            var shown = await page.EvaluateAsync<string[]>("""
                phrases => {
                    const found = [];
                    const bar = document.getElementById('blazor-error-ui');
                    if (bar && getComputedStyle(bar).display !== 'none') found.push('Blazor error bar: ' + bar.innerText.trim());
                    const text = document.body ? document.body.innerText : '';
                    for (const p of phrases) if (text.includes(p)) {
                        const at = text.indexOf(p);
                        found.push('English framework text: "' + text.substring(Math.max(0, at - 40), at + p.length + 40).replace(/\s+/g, ' ') + '"');
                    }
                    return found;
                }
                """, EnglishFrameworkPhrases);
            foreach (var problem in shown) seen.Enqueue(problem);
        }
        catch (PlaywrightException e) when (e.Message.Contains("context was destroyed", StringComparison.OrdinalIgnoreCase)
                                             || e.Message.Contains("navigat", StringComparison.OrdinalIgnoreCase))
        {
            // The page navigated while being read; the next check reads the new one.
        }
    }

    /// <summary>What was seen since the last call.</summary>
    public List<string> Take()
    {
        var list = new List<string>();
        while (seen.TryDequeue(out var problem)) list.Add(problem);
        return list;
    }

    /// <summary>
    /// The passkey script asks WebAuthn whether conditional sign-in is possible; on a bare IP address (the tests' 127.0.0.1)
    /// the browser answers with this error, which a real host name never gets.
    /// </summary>
    private static bool IsTestHostArtifact(string text) => text.Contains("SecurityError: This is an invalid domain", StringComparison.Ordinal);

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
