using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>A page to open: its route, its URL with the demo data's values, and whether the role passes its [Authorize].</summary>
public sealed record PageTarget(AppRoute Route, string Url, bool Admitted)
{
    public override string ToString() => Url;
}

/// <summary>
/// One role going through every page of the app: one browser context signed in as the role, several pages open at
/// once. Tests that need "every page each role can open" (errors, render modes, accessibility) start here:
/// <code>
/// await using var visit = await RoleVisit.StartAsync(app, CrawlRole.Official);
/// await visit.ForEachPageAsync(visit.Targets.Where(t => t.Admitted), async (page, target) => { … });
/// </code>
/// </summary>
public sealed class RoleVisit : IAsyncDisposable
{
    /// <summary>Pages that are not pages a person opens: the error page shows an error by design.</summary>
    public static readonly IReadOnlySet<string> NotVisited = new HashSet<string>(StringComparer.Ordinal) { "/Error" };

    private RoleVisit(AppFixture app, CrawlRole role, IBrowserContext context, IReadOnlyList<PageTarget> targets)
    {
        App = app;
        Role = role;
        Context = context;
        Targets = targets;
    }

    public AppFixture App { get; }
    public CrawlRole Role { get; }
    public IBrowserContext Context { get; }

    /// <summary>Every page of the app with its URL for this role, admitted or not, in template order.</summary>
    public IReadOnlyList<PageTarget> Targets { get; }

    /// <summary>Signs the role in (unless anonymous) in a new context and fills every route from the demo data.</summary>
    /// <param name="baseUrl">Where the browser goes: the app (default) or a <see cref="ThrottledLink"/> in front of it.</param>
    public static async Task<RoleVisit> StartAsync(AppFixture app, CrawlRole role, string? baseUrl = null, int width = 1280, int height = 900)
    {
        var context = await app.NewContextAsync(baseUrl: baseUrl, width: width, height: height);
        if (role.Login is not null)
        {
            var page = await context.NewPageAsync();
            try
            {
                await AppFixture.SignInAsync(page, role.Login);
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                // Seven roles sign in at once beside the other browser tests: a starved first try gets a second.
                await AppFixture.SignInAsync(page, role.Login);
            }
            await page.CloseAsync();
        }

        await using var db = await app.OpenDatabaseAsync();
        var targets = new List<PageTarget>();
        foreach (var route in AppRoutes.Pages.Where(r => !NotVisited.Contains(r.Template)))
            targets.Add(new PageTarget(route, await DemoRouteValues.UrlAsync(route, role, db), route.Admits(role)));
        return new RoleVisit(app, role, context, targets);
    }

    /// <summary>
    /// Opens each target in a page of its own, <paramref name="parallel"/> at a time, and hands it to <paramref name="visit"/>
    /// after it loaded (and, on an interactive page, after its circuit started). Problems the visit throws are collected
    /// per page and thrown together at the end, so one run names every broken page.
    /// </summary>
    /// <param name="gate">Shared by several roles visiting at once, so the machine runs only so many pages together.</param>
    public async Task ForEachPageAsync(IEnumerable<PageTarget> targets, Func<IPage, PageTarget, Task> visit, int parallel = 3, SemaphoreSlim? gate = null)
    {
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (target, _) =>
        {
            if (gate is not null) await gate.WaitAsync();
            var page = await Context.NewPageAsync();
            try
            {
                await visit(page, target);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException or InvalidOperationException)
            {
                failures.Add($"{Role} on {target.Url}: {e.Message}");
            }
            finally
            {
                await page.CloseAsync();
                gate?.Release();
            }
        });
        if (!failures.IsEmpty)
            throw new Xunit.Sdk.XunitException($"{failures.Count} page(s) failed for {Role}:\n- " + string.Join("\n- ", failures.Order()));
    }

    /// <summary>Opens the URL and waits until the page settled: loaded, and an interactive page's circuit rendered it.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await SettleAsync(page);
    }

    /// <summary>
    /// Waits for what a click or a load set off: the load event, then Blazor's circuit (when the page has one) answering
    /// a round trip, so the render the click caused has arrived.
    /// </summary>
    public static async Task SettleAsync(IPage page)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = 10_000 });
            // An interactive page has a circuit once Blazor started; wait for it, then give its render a moment to land.
            await page.WaitForFunctionAsync("() => !document.querySelector('script[src*=\"blazor.web\"]') || window.Blazor !== undefined",
                null, new PageWaitForFunctionOptions { Timeout = 10_000 });
            await page.WaitForTimeoutAsync(clock.ElapsedMilliseconds < 150 ? 150 : 50);
        }
        catch (PlaywrightException)
        {
            // A navigation replaced the document while waiting: the caller reads whatever is there now.
        }
        catch (TimeoutException)
        {
            // Judged by the checks that follow.
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
