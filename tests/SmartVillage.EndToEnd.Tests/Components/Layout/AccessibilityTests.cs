using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Components.Layout;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over the pages each role opens first, at 360 px once the page is interactive:
/// no critical and no serious violation; moderate and minor ones are listed in the test output. Interim list until the
/// every-page crawler (AppRoutes/DemoRouteValues, branch "taps") is on main. The four pages that failed before are here
/// for their fixes in shared pieces: /mentor (links underlined, app.css), /my/competencies and /authoring/grading
/// (PlainList instead of MudList's listbox), /reports (ScrollRegion around tables, PageTrail instead of MudBreadcrumbs).
/// </summary>
public sealed class AccessibilityTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    public static TheoryData<string?, string> Pages => new()
    {
        { null, "/" }, { null, "/catalog" }, { null, "/verify" }, { null, "/Account/Login" },
        { DemoAccounts.CertifiedOfficialPhone, "/" }, { DemoAccounts.CertifiedOfficialPhone, "/my/courses" },
        { DemoAccounts.CertifiedOfficialPhone, "/my/certificates" },
        { DemoAccounts.Trainer, "/" }, { DemoAccounts.Trainer, "/trainer/workshops" },
        { DemoAccounts.Mentor, "/" },
        { DemoAccounts.ProvinceReviewer, "/" },
        { DemoAccounts.Admin, "/" }, { DemoAccounts.Admin, "/admin/users" },
        { DemoAccounts.Mentor, "/mentor" }, { DemoAccounts.CertifiedOfficialPhone, "/my/competencies" },
        { DemoAccounts.Trainer, "/authoring/grading" }, { DemoAccounts.ProvinceReviewer, "/reports" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AsThatRole_HasNoCriticalOrSeriousViolation(string? login, string path)
    {
        if (login is not null) await AppFixture.SignInAsync(Page, login);
        await Page.GotoAsync(path);
        await Expect(Page.Locator("h1").First).ToBeVisibleAsync();
        // Checked once the circuit has started (its negotiation and first renders are requests) and the head got the
        // page's title back: while HeadOutlet turns interactive the title is briefly empty, which is no page's state.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page).ToHaveTitleAsync(new Regex(@"\S"));

        var result = await Page.RunAxe();

        foreach (var v in result.Violations)
            output.WriteLine($"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        var blocking = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(blocking.Count == 0, $"{path} as {login ?? "visitor"}:\n" + string.Join("\n", blocking));
    }
}
