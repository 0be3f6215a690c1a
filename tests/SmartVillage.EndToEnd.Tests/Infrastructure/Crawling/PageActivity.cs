using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>
/// Tells when a page has finished what a load or a press set off, without guessing a time: a script installed in every
/// page of the context notes the last change to the document, the last message on Blazor's WebSocket, the calls into the
/// circuit not yet answered and the requests still open. A page is settled when it is loaded, its circuit runs (the
/// layout's <c>data-render</c> is no longer "prerendered"), no request is open, the circuit answered every event handed
/// to it and since the address last changed, no loading bar is shown, no
/// animation is running, and nothing changed for
/// <see cref="QuietMilliseconds"/>. The same script switches CSS transitions and animations off (see there why).
/// </summary>
public static class PageActivity
{
    /// <summary>
    /// How long a page must stay unchanged to count as settled: longer than the gap between a press and the circuit's
    /// answer on an idle machine, far shorter than a person's next tap.
    /// </summary>
    public const int QuietMilliseconds = 150;

    /// <summary>How long a page may take to settle before that is reported as a problem of its own.</summary>
    public const int SettleTimeoutMilliseconds = 20_000;

    private const string Install = """
        (() => {
            if (window.__svActivity) return;
            const a = window.__svActivity = { last: performance.now(), open: 0, sockets: 0, moved: false, calls: 0 };
            // Blazor hands every event (and every component's call into .NET) to the circuit as BeginInvokeDotNetFromJS and
            // the circuit always answers each with JS.EndInvokeDotNet once the handler finished: until then a press is not
            // done, however quiet the page is meanwhile (a handler awaiting the database on a loaded machine sends nothing).
            const text = d => typeof d === 'string' ? d
                : new TextDecoder('latin1').decode(d instanceof ArrayBuffer ? new Uint8Array(d) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
            const count = (d, word) => text(d).split(word).length - 1;
            // No transitions or animations: a press is judged by what it does, and a menu that folds away or a ripple that
            // fades would hold every wait for its full length and have the browser paint each frame.
            const motionless = new CSSStyleSheet();
            motionless.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, motionless];
            const touch = () => { a.last = performance.now(); };
            new MutationObserver(touch).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            const NativeSocket = window.WebSocket;
            window.WebSocket = class extends NativeSocket {
                constructor(...args) {
                    super(...args);
                    for (const type of ['open', 'message', 'close']) this.addEventListener(type, touch);
                    this.addEventListener('open', () => a.sockets++);
                    this.addEventListener('close', () => { a.sockets--; a.calls = 0; });
                    this.addEventListener('message', e => {
                        a.moved = false;
                        a.calls = Math.max(0, a.calls - count(e.data, 'JS.EndInvokeDotNet'));
                    });
                }
                send(data) { touch(); a.calls += count(data, 'BeginInvokeDotNetFromJS'); return super.send(data); }
            };
            // The router moved to another address (a link, Back): the circuit renders that page next, after the server's
            // own work, which sends nothing meanwhile; until its answer arrives the document still shows the old page.
            const moved = () => { a.moved = true; touch(); };
            const nativePush = history.pushState;
            history.pushState = function (...args) { const r = nativePush.apply(this, args); moved(); return r; };
            window.addEventListener('popstate', moved);
            const nativeFetch = window.fetch;
            window.fetch = function (...args) {
                a.open++; touch();
                return nativeFetch.apply(this, args).finally(() => { a.open--; touch(); });
            };
            const nativeSend = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (...args) {
                a.open++; touch();
                this.addEventListener('loadend', () => { a.open--; touch(); });
                return nativeSend.apply(this, args);
            };
            // What keeps the page from being settled, or '' when it is.
            window.__svBusy = quiet => {
                if (document.readyState !== 'complete') return 'the document is still loading';
                const layout = document.querySelector('[data-render]');
                if (layout && layout.dataset.render === 'prerendered') return 'the page is prerendered and its circuit has not started';
                if (a.open > 0) return a.open + ' request(s) still open';
                if (a.moved && a.sockets > 0) return 'the address changed and the circuit has not answered with the page yet';
                // A handler that opened a dialog awaits the person's answer in it: the dialog is what the press did.
                if (a.calls > 0 && a.sockets > 0 && !document.querySelector('.mud-dialog-container'))
                    return a.calls + ' call(s) into the circuit not answered yet';
                const loading = document.querySelector('.mud-progress-indeterminate');
                if (loading && loading.getBoundingClientRect().width > 0) return 'a loading bar is still shown';
                // Should the page start an animation of its own from script: a looping one (a spinner) never ends.
                const moving = document.getAnimations().filter(x => x.playState === 'running' && x.effect?.getTiming().iterations !== Infinity);
                if (moving.length > 0) return moving.length + ' animation(s) still running';
                const still = performance.now() - a.last;
                return still >= quiet ? '' : 'the page changed ' + Math.round(still) + ' ms ago';
            };
        })();
        """;

    private static readonly ConditionalWeakTable<IPage, Navigation> Navigations = new();

    /// <summary>Installs the watcher in every page the context opens from now on.</summary>
    public static async Task InstallAsync(IBrowserContext context)
    {
        context.Page += (_, page) => Navigations.GetValue(page, p => new Navigation(p));
        await context.AddInitScriptAsync(Install);
    }

    /// <summary>Opens the URL and waits until the page settled; throws <see cref="TimeoutException"/> saying what kept it busy.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await SettleAsync(page);
    }

    /// <summary>
    /// Waits until the page settled (see the class). A navigation while waiting is followed: the new document must settle
    /// too. Throws <see cref="TimeoutException"/> with what still kept it busy.
    /// </summary>
    public static async Task SettleAsync(IPage page, int timeout = SettleTimeoutMilliseconds)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var left = timeout - (int)clock.ElapsedMilliseconds;
            try
            {
                await page.WaitForFunctionAsync("quiet => window.__svBusy !== undefined && window.__svBusy(quiet) === ''", QuietMilliseconds,
                    new PageWaitForFunctionOptions { Timeout = Math.Max(left, 1) });
                // A press that loads another document leaves the old one quiet until the answer comes: wait for it, then settle that.
                if (Navigations.TryGetValue(page, out var navigation) && navigation.Pending is { } pending)
                {
                    try
                    {
                        await pending.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(timeout - (int)clock.ElapsedMilliseconds, 1)));
                    }
                    catch (TimeoutException)
                    {
                        throw new TimeoutException($"the page never settled within {timeout / 1000} s: the document it asked for never came");
                    }
                    continue;
                }
                return;
            }
            catch (PlaywrightException e) when (IsNavigation(e) && clock.ElapsedMilliseconds < timeout)
            {
                // The document was replaced while being read (a press that navigates): wait for the new one.
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"the page never settled within {timeout / 1000} s: {await BusyAsync(page)}");
            }
        }
    }

    /// <summary>The main frame's document request in flight, from the request until the new document commits (or the request ends).</summary>
    private sealed class Navigation
    {
        private IRequest? request;
        private TaskCompletionSource? done;

        public Navigation(IPage page)
        {
            page.Request += (_, r) =>
            {
                if (!r.IsNavigationRequest || r.Frame != page.MainFrame) return;
                lock (this)
                {
                    request = r;
                    done ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            };
            page.FrameNavigated += (_, f) => { if (f == page.MainFrame) End(null); };
            page.RequestFailed += (_, r) => End(r);
            page.RequestFinished += (_, r) => End(r);
        }

        /// <summary>Completes when the document request in flight ends; null when none is.</summary>
        public Task? Pending
        {
            get { lock (this) return done?.Task; }
        }

        private void End(IRequest? ended)
        {
            lock (this)
            {
                if (ended is not null && ended != request) return;
                request = null;
                done?.TrySetResult();
                done = null;
            }
        }
    }

    private static async Task<string> BusyAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string?>($"() => window.__svBusy === undefined ? 'no watcher in the page' : window.__svBusy({QuietMilliseconds})")
                   ?? "unknown";
        }
        catch (PlaywrightException e)
        {
            return e.Message.Split('\n')[0];
        }
    }

    private static bool IsNavigation(PlaywrightException e) =>
        e.Message.Contains("context was destroyed", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("navigat", StringComparison.OrdinalIgnoreCase);
}
