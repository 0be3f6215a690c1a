using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>A page to open: its route, its URL with the demo data's values, and whether the role passes its [Authorize].</summary>
public sealed record PageTarget(AppRoute Route, string Url, bool Admitted)
{
    public override string ToString() => Url;
}

/// <summary>
/// One role going through every page of the app: one browser context signed in as the role, on the role's screen (a
/// 360 px phone for officials and visitors, a desktop for staff), reused by every page the role opens (several at once), with <see cref="PageActivity"/> installed so each page can be waited on. Tests that need
/// "every page each role can open" (errors, render modes, accessibility) start here:
/// <code>
/// await using var visit = await RoleVisit.StartAsync(app, CrawlRole.Official);
/// foreach (var target in visit.Targets.Where(t => t.Admitted)) { var page = await visit.Context.NewPageAsync(); … }
/// </code>
/// </summary>
public sealed class RoleVisit : IAsyncDisposable
{
    /// <summary>Pages that are not pages a person opens: the error page shows an error by design.</summary>
    public static readonly IReadOnlySet<string> NotVisited = new HashSet<string>(StringComparer.Ordinal) { "/Error" };

    private RoleVisit(CrawlRole role, IBrowserContext context, IReadOnlyList<PageTarget> targets)
    {
        Role = role;
        Context = context;
        Targets = targets;
    }

    public CrawlRole Role { get; }
    public IBrowserContext Context { get; }

    /// <summary>Every page of the app with its URL for this role, admitted or not, in template order.</summary>
    public IReadOnlyList<PageTarget> Targets { get; }

    /// <summary>
    /// The pages this role opens and sees: those it may open, and, for the visitor and the official (the ones who wander
    /// there), pages they may not open, which must refuse (or ask for sign-in). Of those, one per rule of [Authorize]
    /// (signed in; Admin; Trainer or Admin; …): the router refuses by the rule before the page's own code runs, so a second
    /// page under the same rule shows the same refusal. Staff refusals have their own tests.
    /// </summary>
    public IEnumerable<PageTarget> PagesSeen()
    {
        var refusals = Role == CrawlRole.Anonymous || Role == CrawlRole.Official
            ? Targets.Where(t => !t.Admitted).DistinctBy(t => string.Join(",", t.Route.Roles.Order()))
            : [];
        return Targets.Where(t => t.Admitted).Concat(refusals);
    }

    /// <summary>Signs the role in (unless anonymous) in a new context and fills every route from the demo data.</summary>
    /// <param name="baseUrl">Where the browser goes: the app (default) or a <see cref="ThrottledLink"/> in front of it.</param>
    public static async Task<RoleVisit> StartAsync(AppFixture app, CrawlRole role, string? baseUrl = null)
    {
        var context = role.OnPhone ? await app.NewContextAsync(baseUrl: baseUrl) : await app.NewContextAsync(baseUrl: baseUrl, width: 1280, height: 900);
        await PageActivity.InstallAsync(context);
        if (role.Login is not null)
        {
            var page = await context.NewPageAsync();
            await AppFixture.SignInAsync(page, role.Login);
            await page.CloseAsync();
        }

        await using var db = await app.OpenDatabaseAsync();
        var targets = new List<PageTarget>();
        foreach (var route in AppRoutes.Pages.Where(r => !NotVisited.Contains(r.Template)))
            targets.Add(new PageTarget(route, await DemoRouteValues.UrlAsync(route, role, db), route.Admits(role)));
        return new RoleVisit(role, context, targets);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
