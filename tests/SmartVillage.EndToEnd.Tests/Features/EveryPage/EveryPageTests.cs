using System.Collections.Concurrent;
using System.Diagnostics;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.EveryPage;

/// <summary>
/// Every page of the app, as each kind of person: opened with the demo data's values and every control pressed that
/// submits, downloads or navigates (destructive ones, marked <c>data-destructive</c>, have their own tests). Pages come
/// from the app's own [Route] components, so a new page is covered here the day it is written. All roles are crawled at
/// once on an app of its own (the presses change the demo data), beside the other browser tests; each role's case
/// reports that role's problems.
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
        foreach (var note in result.Problems.Where(p => p.StartsWith(ControlPresser.Inconclusive, StringComparison.Ordinal))) output.WriteLine(note);
        var problems = result.Problems.Where(p => !p.StartsWith(ControlPresser.Inconclusive, StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) as {roleName}:\n- " + string.Join("\n- ", problems));
        if (app.AppStopped is { } reason) Assert.Fail(reason);
    }

    public static TheoryData<string> Roles => CrawlRole.Names;
}

/// <summary>One crawl of every role, started by the first case that asks and shared by the rest.</summary>
public sealed record EveryPageCrawl(IReadOnlyDictionary<string, RoleCrawl> Roles, TimeSpan Elapsed)
{
    /// <summary>Pages open at once across all roles: enough to keep two cores busy while pages wait on the circuit.</summary>
    private const int PagesAtOnce = 4;

    private static readonly ConcurrentDictionary<AppFixture, Lazy<Task<EveryPageCrawl>>> Runs = new();

    public static Task<EveryPageCrawl> OfAsync(AppFixture app) =>
        Runs.GetOrAdd(app, a => new Lazy<Task<EveryPageCrawl>>(() => RunAsync(a))).Value;

    private static async Task<EveryPageCrawl> RunAsync(AppFixture app)
    {
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(PagesAtOnce);
        var crawls = await Task.WhenAll(CrawlRole.All.Select(role => RoleCrawl.RunAsync(app, role, gate)));
        return new EveryPageCrawl(crawls.ToDictionary(c => c.Role.Name), clock.Elapsed);
    }
}

/// <summary>What one role's crawl found: problems (sorted), pages opened and controls pressed.</summary>
public sealed record RoleCrawl(CrawlRole Role, IReadOnlyList<string> Problems, int Pages, int Pressed)
{
    public static async Task<RoleCrawl> RunAsync(AppFixture app, CrawlRole role, SemaphoreSlim gate)
    {
        var problems = new ConcurrentBag<string>();
        var pressed = new ConcurrentDictionary<string, bool>();
        var opened = 0;
        try
        {
            await using var visit = await RoleVisit.StartAsync(app, role);
            await visit.ForEachPageAsync(visit.Targets, async (page, target) =>
            {
                if (target.Admitted)
                {
                    foreach (var problem in await ControlPresser.PressAllAsync(page, target, app.BaseUrl, pressed)) problems.Add(problem);
                }
                else if (role == CrawlRole.Anonymous || role == CrawlRole.Official)
                {
                    // A page the role may not open: it must say so (or ask for sign-in), without an error. The visitor and the
                    // official are the ones who wander there; staff refusals have their own tests.
                    var watch = PageProblems.Watch(page, app.BaseUrl);
                    await RoleVisit.OpenAsync(page, target.Url);
                    await watch.CheckAsync(page);
                    foreach (var problem in watch.Take()) problems.Add($"opening {target.Url} (not admitted): {problem}");
                }
                Interlocked.Increment(ref opened);
            }, parallel: 2, gate: gate);
        }
        catch (Exception e) when (e is Xunit.Sdk.XunitException or InvalidOperationException or Microsoft.Playwright.PlaywrightException or TimeoutException)
        {
            problems.Add(e.Message);
        }
        return new RoleCrawl(role, problems.Order().ToList(), opened, pressed.Count);
    }
}

/// <summary>The every-page crawl runs on an app of its own, so its presses never change what the other browser tests expect.</summary>
[CollectionDefinition(Name)]
public sealed class EveryPageCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "Every page";
}
