using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>
/// Presses what a person can press on a page: every visible, enabled link, button and submit input, one at a time,
/// going back to the page when a press took it elsewhere or opened a dialog. Skipped: controls marked
/// <c>data-destructive</c> (or inside such a container; those have tests of their own), signing out and the language
/// switch (they change the session, not the page), links to other sites and in-page anchors. A control that leads where
/// one already pressed led is pressed once: a link to a page template once in the whole crawl, an app-bar or menu button
/// or a button with the same label on the same page template once per role. On a phone the menu is opened first, as a
/// person would. A download must arrive whole as the file it claims to be; a new tab must load without error; a press
/// must leave a page that settles (see <see cref="PageActivity"/>).
/// </summary>
public static partial class ControlPresser
{
    private const string Collect = """
        () => {
            // Visible to a person: it has a size, is not hidden, and lies where the page can scroll to (a folded
            // drawer's links sit beside the page, left of its edge).
            const shown = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
            const visible = e => { const r = e.getBoundingClientRect(); return shown(e) && r.right + scrollX > 0 && r.bottom + scrollY > 0; };
            // On a phone the menu is folded away: its entries are there for whoever presses the menu button first. On a
            // reading page (no circuit) MudBlazor never folds it: its CSS hides the drawer it has not taken over yet.
            const behindMenu = e => (!!e.closest('.mud-drawer--closed') && shown(e))
                || (!!e.closest('.mud-drawer--initial') && innerWidth < 960 && getComputedStyle(e.closest('.mud-drawer')).display === 'none');
            const nodes = [...document.querySelectorAll('a[href], button, input[type=submit], [role=button]')];
            // Kept for the press: an index into a fresh query would point at another control once the page inserted one.
            window.__crawlControls = nodes;
            const out = [];
            nodes.forEach((e, i) => {
                const menu = !visible(e) && behindMenu(e);
                if ((!visible(e) && !menu) || e.disabled || e.getAttribute('aria-disabled') === 'true') return;
                if (e.closest('[data-destructive]')) return;
                const form = e.closest('form');
                if (form && form.action.includes('/Account/Logout')) return;
                if (e.closest('.mud-popover, .mud-dialog-container, dialog, .mud-snackbar, #blazor-error-ui, #components-reconnect-modal')) return;
                if (e.matches('input[type=checkbox], input[type=radio]')) return;
                const label = (e.getAttribute('data-testid') || e.getAttribute('aria-label') || e.innerText || e.value || e.title || '')
                    .trim().replace(/\s+/g, ' ').substring(0, 60);
                out.push({ index: i, tag: e.tagName.toLowerCase(), href: e.tagName === 'A' ? e.href : null,
                           download: e.hasAttribute('download'), target: e.getAttribute('target'), label,
                           layout: !!e.closest('.mud-appbar, .mud-drawer'), menu });
            });
            return out;
        }
        """;

    // A native <dialog> opened by a button (the quiz start's question on the course page) is closed with Escape too.
    private const string Overlay = ".mud-dialog-container, .mud-popover-open, .mud-overlay, dialog[open]:not(#components-reconnect-modal)";

    /// <summary>How long a control may take to become pressable (visible, still, not covered) before that is a problem.</summary>
    private const int ClickTimeout = 15_000;

    /// <summary>How long a file may take from the press to its last byte: a province export is the slowest.</summary>
    private const int DownloadTimeout = 60_000;

    [GeneratedRegex(@"\.(pdf|xlsx|csv|zip|gift|xml|ics)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FileUrl();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^- waiting \d+ ?ms$")]
    private static partial Regex WaitLine();

    /// <summary>
    /// Opens <paramref name="target"/> and presses every control on it that <paramref name="claim"/> hands to this page
    /// (true the first time a key is claimed; see <see cref="IsPageLink"/> for whose keys are shared): what went wrong, each
    /// with the control that set it off, and how many controls this page pressed. <paramref name="opened"/> sees the page
    /// once, settled as it opened, before any press (the accessibility check reads it there).
    /// </summary>
    public static async Task<(List<string> Problems, int Pressed)> PressAllAsync(IPage page, PageTarget target, string baseUrl, Func<string, bool> claim,
        Func<IPage, Task>? opened = null)
    {
        var origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        using var problems = PageProblems.Watch(page, baseUrl);
        var found = new List<string>();
        var count = 0;

        void Note(string where)
        {
            foreach (var problem in problems.Take()) found.Add($"{where}: {problem}");
        }

        try
        {
            await PageActivity.OpenAsync(page, target.Url);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            await problems.CheckAsync(page);
            Note($"opening {target.Url}");
            found.Add($"opening {target.Url}: {FirstLine(e.Message)}");
            return (found, count);
        }
        await problems.CheckAsync(page);
        Note($"opening {target.Url}");
        if (opened is not null) await opened(page);
        var home = page.Url;

        // This page's share, claimed at once so the role's other pages leave it alone. Buttons first: a link always leaves
        // the page, and the last press never needs the way back.
        var mine = (await CollectAsync(page))
            .Where(c => IsPressable(c, origin, home))
            .Select(c => (Control: c, Key: KeyOf(c, target, origin)))
            .DistinctBy(c => c.Key)
            .Where(c => claim(c.Key))
            .OrderBy(c => Order(c.Control))
            .ToList();

        var dirty = false;
        var fresh = true; // the page is as it opens: no press since it was (re)opened
        foreach (var (control, key) in mine)
        {
            // A dialog that opened after the last press was judged settled (its handler still awaiting the database then).
            if (!dirty && await page.Locator(Overlay).CountAsync() > 0) dirty = true;
            Control? same = null;
            if (dirty && control.Layout && page.Url.StartsWith(origin, StringComparison.Ordinal) && await page.Locator(Overlay).CountAsync() == 0)
            {
                // The app bar and the menu are on every page: pressed where the last press landed, no way back needed.
                same = await FindAsync(page, control, key, target, origin);
            }
            if (same is null)
            {
                if (dirty)
                {
                    try
                    {
                        fresh = await ReturnAsync(page, target.Url, home);
                    }
                    catch (Exception e) when (e is TimeoutException or PlaywrightException)
                    {
                        found.Add($"returning to {target.Url}: {FirstLine(e.Message)}");
                        break;
                    }
                    await problems.CheckAsync(page);
                    Note($"returning to {target.Url}");
                }
                same = await FindAsync(page, control, key, target, origin);
                if (same is null && !fresh)
                {
                    // An earlier press hid it (the menu button folds the menu away) or replaced it: look on the page as it opens.
                    try
                    {
                        await PageActivity.OpenAsync(page, target.Url);
                    }
                    catch (Exception e) when (e is TimeoutException or PlaywrightException)
                    {
                        found.Add($"opening {target.Url} again: {FirstLine(e.Message)}");
                        break;
                    }
                    await problems.CheckAsync(page);
                    Note($"opening {target.Url} again");
                    same = await FindAsync(page, control, key, target, origin);
                }
                if (same is null) continue; // the page no longer offers it (e.g. "Daftar" became "Batalkan" for this role)
            }
            dirty = false;
            fresh = false;
            if (same.BehindMenu)
            {
                // As a person on a phone does: open the menu, then press the entry.
                await page.Locator(".mud-appbar").GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true }).ClickAsync(new LocatorClickOptions { Timeout = ClickTimeout });
                await PageActivity.SettleAsync(page);
                same = await FindAsync(page, control, key, target, origin);
                if (same is null) continue;
            }
            var element = (IElementHandle)await page.EvaluateHandleAsync("i => window.__crawlControls[i]", same.Index);
            var where = $"pressing {Describe(control)} on {new Uri(page.Url).PathAndQuery}";
            count++;
            try
            {
                if (control.Download || (control.Href is not null && FileUrl().IsMatch(control.Href)))
                {
                    if (await DownloadAsync(page, element) is { } failure) found.Add($"{where}: {failure}");
                    dirty = page.Url != home;
                }
                else if (control.Target is "_blank")
                {
                    var popup = await page.Context.RunAndWaitForPageAsync(() => element.ClickAsync(new ElementHandleClickOptions { Timeout = ClickTimeout }),
                        new BrowserContextRunAndWaitForPageOptions { Timeout = ClickTimeout });
                    using var popupProblems = PageProblems.Watch(popup, baseUrl);
                    try
                    {
                        await PageActivity.SettleAsync(popup);
                        await popupProblems.CheckAsync(popup);
                    }
                    finally
                    {
                        foreach (var problem in popupProblems.Take()) found.Add($"{where} (new tab): {problem}");
                        await popup.CloseAsync();
                    }
                }
                else
                {
                    await element.ClickAsync(new ElementHandleClickOptions { Timeout = ClickTimeout });
                    await PageActivity.SettleAsync(page);
                    dirty = page.Url != home || await page.Locator(Overlay).CountAsync() > 0;
                }
            }
            catch (TimeoutException e)
            {
                found.Add($"{where}: {Why(e.Message)}; the control was {await OuterAsync(element)}");
                dirty = true;
            }
            catch (PlaywrightException e)
            {
                found.Add($"{where}: {FirstLine(e.Message)}");
                dirty = true;
            }
            await ReleaseAsync(element);
            await problems.CheckAsync(page);
            Note(where);
        }
        return (found, count);
    }

    /// <summary>
    /// Back to the page after a press took it elsewhere: a dialog or menu is closed with Escape, as a person would; a
    /// navigation inside the app is undone with the browser's Back, which the router answers on the same circuit (a
    /// reload costs a new circuit); anything else, or a Back that did not land there, opens the page again. True when the
    /// page was rendered anew (not only a dialog closed).
    /// </summary>
    private static async Task<bool> ReturnAsync(IPage page, string url, string home)
    {
        if (page.Url == home)
        {
            if (await page.Locator(Overlay).CountAsync() > 0)
            {
                await page.Keyboard.PressAsync("Escape");
                await PageActivity.SettleAsync(page);
            }
            if (await page.Locator(Overlay).CountAsync() == 0) return false;
        }
        else if (page.Url.StartsWith(new Uri(home).GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
        {
            try
            {
                await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
                await PageActivity.SettleAsync(page);
                if (page.Url == home && await page.Locator(Overlay).CountAsync() == 0) return true;
            }
            catch (PlaywrightException)
            {
                // Chromium lost the page's history across a full load (e.g. to a static account page): opened again below.
            }
        }
        await PageActivity.OpenAsync(page, url);
        return true;
    }

    /// <summary>Presses a file link and reads the file; null when it arrived and begins as its kind of file does, else what went wrong.</summary>
    private static async Task<string?> DownloadAsync(IPage page, IElementHandle element)
    {
        var clock = Stopwatch.StartNew();
        IDownload download;
        try
        {
            download = await page.RunAndWaitForDownloadAsync(() => element.ClickAsync(new ElementHandleClickOptions { Timeout = ClickTimeout }),
                new PageRunAndWaitForDownloadOptions { Timeout = DownloadTimeout });
        }
        catch (TimeoutException e) when (e.Message.Contains("waiting for event", StringComparison.Ordinal))
        {
            // Pressed, and no file came: the link went somewhere else (as /reports/export.xlsx once routed to a page).
            return $"no file within {DownloadTimeout / 1000} s; the page shows {page.Url}";
        }
        var started = clock.ElapsedMilliseconds;
        var failure = await download.FailureAsync();
        if (failure is not null)
            return $"the browser reported the download {failure} ({download.SuggestedFilename}: started after {started} ms, ended after {clock.ElapsedMilliseconds} ms)";

        var path = await download.PathAsync();
        var head = new byte[8];
        long length;
        await using (var file = File.OpenRead(path))
        {
            length = file.Length;
            _ = await file.ReadAsync(head);
        }
        await download.DeleteAsync();
        var name = download.SuggestedFilename;
        if (length == 0) return $"{name} is empty";
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var start = System.Text.Encoding.ASCII.GetString(head);
        var looksRight = extension switch
        {
            ".pdf" => start.StartsWith("%PDF", StringComparison.Ordinal),
            ".xlsx" or ".zip" => start.StartsWith("PK", StringComparison.Ordinal),
            ".xml" => start.StartsWith("<?xml", StringComparison.Ordinal),
            ".ics" => start.StartsWith("BEGIN:VC", StringComparison.Ordinal),
            // csv, gift: text, not an HTML page
            _ => !start.StartsWith("<!", StringComparison.Ordinal) && !start.StartsWith("<html", StringComparison.OrdinalIgnoreCase),
        };
        return looksRight ? null : $"{name} ({length} bytes) is not a {extension} file; it starts with \"{start}\"";
    }

    private static async Task<Control?> FindAsync(IPage page, Control control, string key, PageTarget target, string origin) =>
        (await CollectAsync(page)).FirstOrDefault(c => KeyOf(c, target, origin) == key && c.Label == control.Label);

    private static async Task<List<Control>> CollectAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(Collect);
        return json.Deserialize<List<Control>>() ?? [];
    }

    private static bool IsPressable(Control control, string origin, string home)
    {
        if (control.Href is not { } href) return true;
        if (!href.StartsWith(origin, StringComparison.Ordinal)) return false; // another site, mailto:, tel:, javascript:
        var uri = new Uri(href);
        return !(uri.AbsolutePath == new Uri(home).AbsolutePath && uri.Fragment.Length > 0); // an anchor on this page
    }

    /// <summary>
    /// The page's buttons, then files, new tabs and links that leave the page; then the app bar's and menu's links (pressed
    /// one after another wherever the last one led) and last its buttons (the menu button folds the menu away).
    /// </summary>
    private static int Order(Control control) => control switch
    {
        { Layout: true, Href: null } => 5,
        { Layout: true } => 4,
        { Href: null } => 0,
        { Download: true } => 1,
        { Href: { } href } when FileUrl().IsMatch(href) => 1,
        { Target: "_blank" } => 2,
        _ => 3,
    };

    private static string KeyOf(Control control, PageTarget target, string origin)
    {
        // The app bar and the menu are the same on every page: pressed once per role.
        if (control.Layout && control.Href is null) return $"layout {control.Tag} {Digits().Replace(control.Label, "#")}";
        if (control.Href is { } href && href.StartsWith(origin, StringComparison.Ordinal))
        {
            var path = new Uri(href).AbsolutePath;
            var route = AppRoutes.Pages.FirstOrDefault(r => Matches(r.Template, path));
            if (route is not null && !control.Download) return $"{PageLink}{route.Template}";
            return $"link {(route is null ? Digits().Replace(path, "#") : route.Template)}{(control.Download ? " download" : "")}";
        }
        return $"{control.Tag} {target.Route.Template} {Digits().Replace(control.Label, "#")}";
    }

    private const string PageLink = "page link ";

    /// <summary>
    /// Whether the key is a link to one of the app's pages: pressed once in the whole crawl, by whichever role meets it
    /// first. What pressing it proves (the router takes the click to that page) is the same for everyone; what the page
    /// shows each role is proved by opening it as that role. Buttons and files stay per role: what they do depends on who presses.
    /// </summary>
    public static bool IsPageLink(string key) => key.StartsWith(PageLink, StringComparison.Ordinal);

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

    /// <summary>The start of the control's markup and its box, to tell a covered, moving or detached control apart.</summary>
    private static async Task<string> OuterAsync(IElementHandle element)
    {
        try
        {
            return await element.EvaluateAsync<string>(
                "e => (e.isConnected ? '' : '(detached) ') + e.outerHTML.substring(0, 200) + ' at ' + JSON.stringify(e.getBoundingClientRect())");
        }
        catch (PlaywrightException e)
        {
            return FirstLine(e.Message);
        }
    }

    private static async Task ReleaseAsync(IElementHandle element)
    {
        try
        {
            await element.DisposeAsync();
        }
        catch (PlaywrightException)
        {
            // Its page was left for another document: released with it.
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0];

    /// <summary>A timeout's first line and the last thing Playwright saw (what covered the control, or that it never settled).</summary>
    private static string Why(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var last = lines.LastOrDefault(l => l.StartsWith("- ", StringComparison.Ordinal) && !l.Contains("retrying", StringComparison.Ordinal)
                                            && !WaitLine().IsMatch(l) && !l.Contains("done scrolling", StringComparison.Ordinal));
        return last is null ? lines[0] : $"{lines[0]} ({last.TrimStart('-', ' ')})";
    }

    private sealed record Control(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("tag")] string Tag,
        [property: JsonPropertyName("href")] string? Href,
        [property: JsonPropertyName("download")] bool Download,
        [property: JsonPropertyName("target")] string? Target,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("layout")] bool Layout,
        [property: JsonPropertyName("menu")] bool BehindMenu);
}
