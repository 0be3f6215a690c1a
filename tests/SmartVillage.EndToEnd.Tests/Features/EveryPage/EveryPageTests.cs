using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;
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

/// <summary>The every-page crawl runs on an app of its own, so its presses never change what the other browser tests expect.</summary>
[CollectionDefinition(Name)]
public sealed class EveryPageCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "Every page";
}
