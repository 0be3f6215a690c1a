using System.Collections.Concurrent;
using System.Diagnostics;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

namespace SmartVillage.EndToEnd.Tests.Features.EveryPage;

/// <summary>
/// One crawl of every role, started by the first case that asks and shared by the rest: each role signed in once, in a
/// browser context of its own that all its pages share, and the pages of all roles in one queue, a few open at once.
/// </summary>
public sealed record EveryPageCrawl(IReadOnlyDictionary<string, RoleCrawl> Roles, TimeSpan Elapsed)
{
    /// <summary>
    /// Pages open at once across all roles: while one page waits on its circuit or its quiet spell, the app and the browser
    /// work on another. Six beat four on two cores (docs/performance.md); <c>CRAWL_PAGES_AT_ONCE</c> overrides it for measuring.
    /// </summary>
    private static readonly int PagesAtOnce = int.TryParse(Environment.GetEnvironmentVariable("CRAWL_PAGES_AT_ONCE"), out var n) ? n : 6;

    private static readonly ConcurrentDictionary<AppFixture, Lazy<Task<EveryPageCrawl>>> Runs = new();

    public static Task<EveryPageCrawl> OfAsync(AppFixture app) =>
        Runs.GetOrAdd(app, a => new Lazy<Task<EveryPageCrawl>>(() => RunAsync(a))).Value;

    private static async Task<EveryPageCrawl> RunAsync(AppFixture app)
    {
        var clock = Stopwatch.StartNew();
        var pageLinks = new ConcurrentDictionary<string, bool>();
        var crawls = await Task.WhenAll(CrawlRole.All.Select(role => RoleCrawl.StartAsync(app, role, pageLinks)));
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
