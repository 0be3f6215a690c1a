using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.EveryPage;

/// <summary>
/// axe-core (AxeCheck) on every page the every-page crawl opens, as each kind of person, read as the page opened and
/// settled, before any press: the app's own [Route] components filled from the demo data, on the role's screen (a 360 px
/// phone for officials and visitors, a desktop for staff), the visitor's and official's refusals too. No critical and no
/// serious violation; moderate and minor ones are written to the test output. The crawl is shared with EveryPageTests, so
/// no page is opened twice for this.
/// </summary>
[Collection(EveryPageCollection.Name)]
public sealed class AccessibilityTests(AppFixture app, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_AsRole_HasNoCriticalOrSeriousViolation(string roleName)
    {
        var crawl = await EveryPageCrawl.OfAsync(app);
        var role = crawl.Roles[roleName];

        output.WriteLine($"{roleName}: {role.AxeChecked} pages checked; {role.AxeOther.Count} moderate or minor violation(s).");
        foreach (var line in role.AxeOther) output.WriteLine("  " + line);
        Assert.True(role.AxeChecked > 0, $"axe-core checked no page as {roleName}.");
        Assert.True(role.AxeBlocking.Count == 0,
            $"{role.AxeBlocking.Count} critical or serious violation(s) as {roleName}:\n- " + string.Join("\n- ", role.AxeBlocking));
    }

    public static TheoryData<string> Roles => CrawlRole.Names;
}
