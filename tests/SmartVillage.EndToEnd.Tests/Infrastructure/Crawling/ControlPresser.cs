using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>
/// Presses what a person can press on a page: every visible, enabled link, button and submit input, one at a time,
/// reloading the page when a press took it elsewhere or opened a dialog. Skipped: controls marked
/// <c>data-destructive</c> (or inside such a container; those have tests of their own), signing out and the language
/// switch (they change the session, not the page), links to other sites and in-page anchors. A control that looks
/// the same as one already pressed by this role (same page template and label, or a link to the same route) is
/// pressed once. A download must arrive as a file; a new tab must load without error.
/// </summary>
public static partial class ControlPresser
{
    private const string Collect = """
        () => {
            const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
            const nodes = [...document.querySelectorAll('a[href], button, input[type=submit], [role=button]')];
            const out = [];
            nodes.forEach((e, i) => {
                if (!visible(e) || e.disabled || e.getAttribute('aria-disabled') === 'true') return;
                if (e.closest('[data-destructive]')) return;
                const form = e.closest('form');
                if (form && form.action.includes('/Account/Logout')) return;
                if (e.closest('.mud-popover, .mud-dialog-container, .mud-snackbar, #blazor-error-ui, #components-reconnect-modal')) return;
                if (e.matches('input[type=checkbox], input[type=radio]')) return;
                const label = (e.getAttribute('data-testid') || e.getAttribute('aria-label') || e.innerText || e.value || e.title || '')
                    .trim().replace(/\s+/g, ' ').substring(0, 60);
                out.push({ index: i, tag: e.tagName.toLowerCase(), href: e.tagName === 'A' ? e.href : null,
                           download: e.hasAttribute('download'), target: e.getAttribute('target'), label,
                           layout: !!e.closest('.mud-appbar, .mud-drawer') });
            });
            return out;
        }
        """;

    private const string SelectorOfAll = "a[href], button, input[type=submit], [role=button]";

    [GeneratedRegex(@"\.(pdf|xlsx|csv|zip|gift)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FileUrl();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>
    /// Presses every control of the page at <paramref name="target"/> that this role has not pressed yet (<paramref name="pressed"/>
    /// is shared by the role's pages) and returns what went wrong, each with the control that set it off.
    /// </summary>
    public static async Task<List<string>> PressAllAsync(IPage page, PageTarget target, string baseUrl, ConcurrentDictionary<string, bool> pressed)
    {
        var origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        var problems = PageProblems.Watch(page, baseUrl);
        var found = new List<string>();

        void Note(string where)
        {
            foreach (var problem in problems.Take()) found.Add($"{where}: {problem}");
        }

        await RoleVisit.OpenAsync(page, target.Url);
        await problems.CheckAsync(page);
        Note($"opening {target.Url}");
        var home = page.Url;

        var controls = await CollectAsync(page);
        var dirty = false;
        foreach (var control in controls)
        {
            if (control.Href is { } href)
            {
                if (!href.StartsWith(origin, StringComparison.Ordinal)) continue; // another site, mailto:, tel:, javascript:
                var uri = new Uri(href);
                if (uri.AbsolutePath == "/culture") continue; // the language switch changes the session's language
                if (uri.AbsolutePath == new Uri(home).AbsolutePath && uri.Fragment.Length > 0) continue; // an anchor on this page
            }
            var key = KeyOf(control, target, origin);
            if (!pressed.TryAdd(key, true)) continue;

            if (dirty)
            {
                await RoleVisit.OpenAsync(page, target.Url);
                problems.Take(); // already reported when first opened
                dirty = false;
            }
            var again = await CollectAsync(page);
            var same = again.FirstOrDefault(c => KeyOf(c, target, origin) == key && c.Label == control.Label);
            if (same is null) continue; // the page changed under an earlier press; the control is gone
            var element = page.Locator(SelectorOfAll).Nth(same.Index);
            var where = $"pressing {Describe(control)} on {target.Url}";
            try
            {
                var isFile = control.Download || (control.Href is not null && FileUrl().IsMatch(control.Href));
                if (isFile)
                {
                    // A province export takes seconds on a busy machine; one retry tells a slow file from a broken button.
                    var failure = await DownloadAsync(page, element);
                    if (failure is not null) failure = await DownloadAsync(page, element);
                    if (failure is not null) found.Add((failure.StartsWith(Inconclusive, StringComparison.Ordinal) ? Inconclusive : "") + $"{where}: {failure.Replace(Inconclusive, "")}");
                    dirty = page.Url != home;
                }
                else if (control.Target is "_blank")
                {
                    var popup = await page.Context.RunAndWaitForPageAsync(() => element.ClickAsync(new LocatorClickOptions { Timeout = ClickTimeout }),
                        new BrowserContextRunAndWaitForPageOptions { Timeout = 15_000 });
                    var popupProblems = PageProblems.Watch(popup, baseUrl);
                    await RoleVisit.SettleAsync(popup);
                    await popupProblems.CheckAsync(popup);
                    foreach (var problem in popupProblems.Take()) found.Add($"{where} (new tab): {problem}");
                    await popup.CloseAsync();
                }
                else
                {
                    await element.ClickAsync(new LocatorClickOptions { Timeout = ClickTimeout });
                    await RoleVisit.SettleAsync(page);
                    dirty = page.Url != home || await CloseOverlaysAsync(page);
                }
            }
            catch (TimeoutException e)
            {
                // Never pressable within 15 s: on a starved machine that is the machine; said, not failed.
                found.Add($"{Inconclusive}{where}: {Why(e.Message)}");
                dirty = true;
            }
            catch (PlaywrightException e)
            {
                found.Add($"{where}: {FirstLine(e.Message)}");
                dirty = true;
            }
            await problems.CheckAsync(page);
            Note(where);
        }
        return found;
    }

    /// <summary>
    /// Marks a result that says more about a starved machine than about the app (a control that never settled, a download
    /// the browser cancelled): written to the test's output, not failed on.
    /// </summary>
    public const string Inconclusive = "(inconclusive) ";

    /// <summary>How long a control may take to become pressable: generous, the crawl shares two cores with the app.</summary>
    private const int ClickTimeout = 15_000;

    /// <summary>Presses a file link and waits for the file; null when it arrived, else what went wrong.</summary>
    private static async Task<string?> DownloadAsync(IPage page, ILocator element)
    {
        try
        {
            var download = await page.RunAndWaitForDownloadAsync(() => element.ClickAsync(new LocatorClickOptions { Timeout = ClickTimeout }),
                new PageRunAndWaitForDownloadOptions { Timeout = 60_000 });
            var failure = await download.FailureAsync();
            await download.DeleteAsync();
            // The browser cancelling a started download is the browser's (it happens under load), not the app's.
            return failure is null ? null : $"{(failure == "canceled" ? Inconclusive : "")}the download failed ({failure})";
        }
        catch (TimeoutException e) when (e.Message.Contains("waiting for event", StringComparison.Ordinal))
        {
            // Pressed, and no file came: the link went somewhere else (as /reports/export.xlsx once routed to a page).
            return Why(e.Message);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            return Inconclusive + Why(e.Message);
        }
    }

    private static async Task<List<Control>> CollectAsync(IPage page)
    {
        var json = await page.EvaluateAsync<System.Text.Json.JsonElement>(Collect);
        return json.Deserialize<List<Control>>() ?? [];
    }

    /// <summary>Closes a dialog or menu a press opened, as a person would (Escape, else its cancel button); true when one was open.</summary>
    private static async Task<bool> CloseOverlaysAsync(IPage page)
    {
        var dialog = page.Locator(".mud-dialog-container, .mud-popover-open, .mud-overlay");
        if (await dialog.CountAsync() == 0) return false;
        await page.Keyboard.PressAsync("Escape");
        return true; // the page is reloaded before the next press either way
    }

    private static string KeyOf(Control control, PageTarget target, string origin)
    {
        // The app bar and the menu are the same on every page: pressed once per role.
        if (control.Layout && control.Href is null) return $"layout {control.Tag} {Digits().Replace(control.Label, "#")}";
        if (control.Href is { } href && href.StartsWith(origin, StringComparison.Ordinal))
        {
            var path = new Uri(href).AbsolutePath;
            var route = AppRoutes.Pages.FirstOrDefault(r => Matches(r.Template, path));
            return $"link {(route is null ? Digits().Replace(path, "#") : route.Template)}{(control.Download ? " download" : "")}";
        }
        return $"{control.Tag} {target.Route.Template} {Digits().Replace(control.Label, "#")}";
    }

    private static bool Matches(string template, string path)
    {
        var t = template.Trim('/').Split('/');
        var p = path.Trim('/').Split('/');
        if (t.Length != p.Length) return false;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i].StartsWith('{')) continue;
            if (!string.Equals(t[i], p[i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static string Describe(Control control) =>
        control.Href is not null ? $"the link \"{control.Label}\" ({control.Href})" : $"the {control.Tag} \"{control.Label}\"";

    private static string FirstLine(string message) => message.Split('\n')[0];

    /// <summary>A timeout's first line and the last thing Playwright saw (what covered the control, or that it never settled).</summary>
    private static string Why(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var last = lines.LastOrDefault(l => l.StartsWith("- ", StringComparison.Ordinal) && !l.Contains("retrying", StringComparison.Ordinal));
        return last is null ? lines[0] : $"{lines[0]} ({last.TrimStart('-', ' ')})";
    }

    private sealed record Control(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("tag")] string Tag,
        [property: JsonPropertyName("href")] string? Href,
        [property: JsonPropertyName("download")] bool Download,
        [property: JsonPropertyName("target")] string? Target,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("layout")] bool Layout);
}
