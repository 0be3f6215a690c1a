using System.Collections.Concurrent;
using System.Diagnostics;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.EveryPage;

/// <summary>
/// Every page of the app, as each kind of person: opened with the demo data's values and every control pressed that
/// submits, downloads or navigates (destructive ones, marked <c>data-destructive</c>, have their own tests). Pages come
/// from the app's own [Route] components, so a new page is covered here the day it is written. All roles are crawled at
/// once on an app of its own (the presses change the demo data), beside the other browser tests; each role's case
/// reports that role's problems. Nothing is let off: a download the browser drops, a control that cannot be pressed or a
/// page that never settles is a problem like an HTTP error.
/// </summary>
[Collection(EveryPageCollection.Name)]
public sealed class EveryPageTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public void Routes_AreReadFromTheApp()
    {
        Assert.Contains(AppRoutes.Pages, r => r.Template == "/reports/{Code}" && r.Roles.SetEquals(["Reviewer", "Admin"]));
        Assert.Contains(AppRoutes.Pages, r => r.Template == "/attend" && r.IsStatic);
        Assert.True(AppRoutes.Pages.Count >= 60, $"Only {AppRoutes.Pages.Count} pages were found in the app.");
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_AsRole_OpensAndEveryControlWorks(string roleName)
    {
        var crawl = await EveryPageCrawl.OfAsync(app);
        var result = crawl.Roles[roleName];
        output.WriteLine($"{roleName}: {result.Pages} pages, {result.Pressed} controls pressed; all roles together in {crawl.Elapsed.TotalSeconds:0} s.");
        Assert.True(result.Problems.Count == 0, $"{result.Problems.Count} problem(s) as {roleName}:\n- " + string.Join("\n- ", result.Problems));
        if (app.AppStopped is { } reason) Assert.Fail(reason);
    }

    public static TheoryData<string> Roles => CrawlRole.Names;
}

/// <summary>
/// One crawl of every role, started by the first case that asks and shared by the rest: each role signed in once, in a
/// browser context of its own that all its pages share, and the pages of all roles in one queue, a few open at once.
/// </summary>
public sealed record EveryPageCrawl(IReadOnlyDictionary<string, RoleCrawl> Roles, TimeSpan Elapsed)
{
    /// <summary>
    /// Pages open at once across all roles: while one page waits on its circuit the app renders another. Four keep two
    /// cores busy (docs/performance.md has the figures for 2, 4 and 6).
    /// </summary>
    private static readonly int PagesAtOnce = int.TryParse(Environment.GetEnvironmentVariable("CRAWL_PAGES_AT_ONCE"), out var n) ? n : 4;

    private static readonly ConcurrentDictionary<AppFixture, Lazy<Task<EveryPageCrawl>>> Runs = new();

    public static Task<EveryPageCrawl> OfAsync(AppFixture app) =>
        Runs.GetOrAdd(app, a => new Lazy<Task<EveryPageCrawl>>(() => RunAsync(a))).Value;

    private static async Task<EveryPageCrawl> RunAsync(AppFixture app)
    {
        var clock = Stopwatch.StartNew();
        var crawls = await Task.WhenAll(CrawlRole.All.Select(role => RoleCrawl.StartAsync(app, role)));
        try
        {
            // Round robin over the roles, so every context is busy from the start and none is left alone at the end.
            var work = crawls.SelectMany(c => c.Work().Select((target, i) => (Crawl: c, Target: target, Turn: i)))
                .OrderBy(w => w.Turn).ToList();
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = PagesAtOnce },
                async (w, _) => await w.Crawl.VisitAsync(app, w.Target));
        }
        finally
        {
            foreach (var crawl in crawls) await crawl.DisposeAsync();
        }
        return new EveryPageCrawl(crawls.ToDictionary(c => c.Role.Name), clock.Elapsed);
    }
}

/// <summary>One role's share of the crawl: its signed-in context, what it pressed, what it found.</summary>
public sealed class RoleCrawl : IAsyncDisposable
{
    private readonly ConcurrentBag<string> problems = [];
    private readonly ConcurrentDictionary<string, bool> pressed = new();
    private readonly RoleVisit? visit;
    private int pages;
    private int presses;

    private RoleCrawl(CrawlRole role, RoleVisit? visit, string? failure)
    {
        Role = role;
        this.visit = visit;
        if (failure is not null) problems.Add(failure);
    }

    public CrawlRole Role { get; }

    /// <summary>What went wrong, sorted.</summary>
    public IReadOnlyList<string> Problems => problems.Order().ToList();

    public int Pages => pages;

    public int Pressed => presses;

    /// <summary>Signs the role in; a failure is this role's problem and leaves it no pages to visit.</summary>
    public static async Task<RoleCrawl> StartAsync(AppFixture app, CrawlRole role)
    {
        try
        {
            return new RoleCrawl(role, await RoleVisit.StartAsync(app, role), null);
        }
        catch (Exception e) when (e is InvalidOperationException or PlaywrightException or TimeoutException)
        {
            return new RoleCrawl(role, null, $"starting the {role} crawl: {e.Message}");
        }
    }

    /// <summary>
    /// The pages to open: those the role may open, every control pressed; and, for the visitor and the official (the ones
    /// who wander there), those it may not, which must refuse (or ask for sign-in) without an error. Staff refusals have
    /// their own tests.
    /// </summary>
    public IEnumerable<PageTarget> Work() =>
        visit is null ? [] : visit.Targets.Where(t => t.Admitted || Role == CrawlRole.Anonymous || Role == CrawlRole.Official);

    public async Task VisitAsync(AppFixture app, PageTarget target)
    {
        var page = await visit!.Context.NewPageAsync();
        try
        {
            if (target.Admitted)
            {
                var (found, count) = await ControlPresser.PressAllAsync(page, target, app.BaseUrl, pressed);
                foreach (var problem in found) problems.Add(problem);
                Interlocked.Add(ref presses, count);
            }
            else
            {
                var watch = PageProblems.Watch(page, app.BaseUrl);
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
            }
            Interlocked.Increment(ref pages);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            problems.Add($"visiting {target.Url}: {e.Message.Split('\n')[0]}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (visit is not null) await visit.DisposeAsync();
    }
}

/// <summary>The every-page crawl runs on an app of its own, so its presses never change what the other browser tests expect.</summary>
[CollectionDefinition(Name)]
public sealed class EveryPageCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "Every page";
}
