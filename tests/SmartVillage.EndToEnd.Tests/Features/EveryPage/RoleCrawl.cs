using System.Collections.Concurrent;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

namespace SmartVillage.EndToEnd.Tests.Features.EveryPage;

/// <summary>One role's share of the crawl: its signed-in context, what it pressed, what it found.</summary>
public sealed class RoleCrawl : IAsyncDisposable
{
    private readonly ConcurrentBag<string> problems = [];
    private readonly ConcurrentDictionary<string, bool> pressed = new();
    private readonly ConcurrentDictionary<string, bool> pageLinks;
    private readonly ConcurrentBag<IPage> idle = [];
    private readonly RoleVisit? visit;
    private int pages;
    private int presses;

    private RoleCrawl(CrawlRole role, RoleVisit? visit, ConcurrentDictionary<string, bool> pageLinks, string? failure)
    {
        Role = role;
        this.visit = visit;
        this.pageLinks = pageLinks;
        if (failure is not null) problems.Add(failure);
    }

    public CrawlRole Role { get; }

    /// <summary>What went wrong, sorted.</summary>
    public IReadOnlyList<string> Problems => problems.Order().ToList();

    public int Pages => pages;

    public int Pressed => presses;

    /// <summary>axe-core's critical and serious violations on the pages this role saw as they opened, sorted.</summary>
    public IReadOnlyList<string> AxeBlocking => axeBlocking.Order().ToList();

    /// <summary>axe-core's moderate and minor violations on those pages, sorted.</summary>
    public IReadOnlyList<string> AxeOther => axeOther.Order().ToList();

    /// <summary>Pages axe-core checked.</summary>
    public int AxeChecked => axeChecked;

    private readonly ConcurrentBag<string> axeBlocking = [];
    private readonly ConcurrentBag<string> axeOther = [];
    private int axeChecked;

    /// <summary>axe-core on the page as it opened and settled (AxeCheck); a page it could not read is a blocking finding.</summary>
    private async Task CheckAccessibilityAsync(IPage page, PageTarget target)
    {
        var where = target.Admitted ? target.Url : $"{target.Url} (refused)";
        try
        {
            var found = await AxeCheck.RunAsync(page, where);
            foreach (var line in found.Blocking) axeBlocking.Add(line);
            foreach (var line in found.Other) axeOther.Add(line);
            Interlocked.Increment(ref axeChecked);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            axeBlocking.Add($"{where}: not checked: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Signs the role in; a failure is this role's problem and leaves it no pages to visit.</summary>
    /// <param name="pageLinks">Links to the app's pages pressed so far by any role (see <see cref="ControlPresser.IsPageLink"/>).</param>
    public static async Task<RoleCrawl> StartAsync(AppFixture app, CrawlRole role, ConcurrentDictionary<string, bool> pageLinks)
    {
        try
        {
            return new RoleCrawl(role, await RoleVisit.StartAsync(app, role), pageLinks, null);
        }
        catch (Exception e) when (e is InvalidOperationException or PlaywrightException or TimeoutException)
        {
            return new RoleCrawl(role, null, pageLinks, $"starting the {role} crawl: {e.Message}");
        }
    }

    /// <summary>The pages to open (<see cref="RoleVisit.PagesSeen"/>): on those it may open, every control is pressed.</summary>
    public IEnumerable<PageTarget> Work() => visit?.PagesSeen() ?? [];

    public async Task VisitAsync(AppFixture app, PageTarget target)
    {
        // A tab of the role's context is reused for the next page: a new tab costs the browser a new renderer process.
        if (!idle.TryTake(out var page)) page = await visit!.Context.NewPageAsync();
        var reusable = false;
        try
        {
            if (target.Admitted)
            {
                var (found, count) = await ControlPresser.PressAllAsync(page, target, app.BaseUrl,
                    key => (ControlPresser.IsPageLink(key) ? pageLinks : pressed).TryAdd(key, true),
                    opened => CheckAccessibilityAsync(opened, target));
                foreach (var problem in found) problems.Add(problem);
                Interlocked.Add(ref presses, count);
            }
            else
            {
                using var watch = PageProblems.Watch(page, app.BaseUrl);
                try
                {
                    await PageActivity.OpenAsync(page, target.Url);
                }
                catch (Exception e) when (e is TimeoutException or PlaywrightException)
                {
                    problems.Add($"opening {target.Url} (not admitted): {e.Message.Split('\n')[0]}");
                }
                await watch.CheckAsync(page);
                foreach (var problem in watch.Take()) problems.Add($"opening {target.Url} (not admitted): {problem}");
                await CheckAccessibilityAsync(page, target);
            }
            Interlocked.Increment(ref pages);
            reusable = true;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            problems.Add($"visiting {target.Url}: {e.Message.Split('\n')[0]}");
        }
        finally
        {
            if (reusable) idle.Add(page);
            else await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (visit is not null) await visit.DisposeAsync();
    }
}
