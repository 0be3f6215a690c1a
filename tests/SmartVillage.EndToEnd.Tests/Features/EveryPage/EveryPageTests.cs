using System.Collections.Concurrent;
using System.Diagnostics;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.EveryPage;

/// <summary>
/// Every page of the app, as each kind of person: opened with the demo data's values and every control pressed that
/// submits, downloads or navigates (destructive ones have their own tests). Pages come from the app's own [Route]
/// components, so a new page is covered here the day it is written. Runs on an app of its own (its presses change
/// the demo data), beside the other browser tests.
/// </summary>
[Collection(EveryPageCollection.Name)]
public sealed class EveryPageTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public void Routes_AreReadFromTheApp_AndEachHasItsDemoValues()
    {
        Assert.Contains(AppRoutes.Pages, r => r.Template == "/reports/{Code}" && r.Roles.SetEquals(["Reviewer", "Admin"]));
        Assert.Contains(AppRoutes.Pages, r => r.Template == "/attend" && r.IsStatic);
        Assert.True(AppRoutes.Pages.Count >= 60, $"Only {AppRoutes.Pages.Count} pages were found in the app.");
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_AsRole_OpensAndEveryControlWorks(string roleName)
    {
        var role = CrawlRole.Named(roleName);
        var clock = Stopwatch.StartNew();
        await using var visit = await RoleVisit.StartAsync(app, role);
        var pressed = new ConcurrentDictionary<string, bool>();
        var problems = new ConcurrentBag<string>();
        var opened = 0;

        await visit.ForEachPageAsync(visit.Targets, async (page, target) =>
        {
            if (target.Admitted)
            {
                foreach (var problem in await ControlPresser.PressAllAsync(page, target, app.BaseUrl, pressed)) problems.Add(problem);
            }
            else
            {
                // A page the role may not open: it must say so (or ask for sign-in), without an error.
                var watch = PageProblems.Watch(page, app.BaseUrl);
                await RoleVisit.OpenAsync(page, target.Url);
                await watch.CheckAsync(page);
                foreach (var problem in watch.Take()) problems.Add($"opening {target.Url} (not admitted): {problem}");
            }
            Interlocked.Increment(ref opened);
        });

        output.WriteLine($"{role}: {opened} pages, {pressed.Count} controls pressed in {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.True(problems.IsEmpty, $"{problems.Count} problem(s) as {role}:\n- " + string.Join("\n- ", problems.Order()));
        if (app.AppStopped is { } reason) Assert.Fail(reason);
    }

    public static TheoryData<string> Roles => CrawlRole.Names;
}

/// <summary>The every-page crawl runs on an app of its own, so its presses never change what the other browser tests expect.</summary>
[CollectionDefinition(Name)]
public sealed class EveryPageCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "Every page";
}
