using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Components.Layout;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over the pages each role opens first, at 360 px once the page is interactive:
/// no critical and no serious violation; moderate and minor ones are listed in the test output. Interim list until the
/// every-page crawler (AppRoutes/DemoRouteValues, branch "taps") is on main. Not listed yet because they still fail (issue 18,
/// item "axe"): /mentor (link-in-text-block: a MudLink underlined only on hover inside text), /my/competencies and
/// /authoring/grading (aria-input-field-name: a MudList without a name), /reports (scrollable-region-focusable on the
/// competency table's MudTable container; color-contrast of an a[href="#"]).
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
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AsThatRole_HasNoCriticalOrSeriousViolation(string? login, string path)
    {
        if (login is not null) await AppFixture.SignInAsync(Page, login);
        await Page.GotoAsync(path);
        await Expect(Page.Locator("h1").First).ToBeVisibleAsync();

        var result = await Page.RunAxe();

        foreach (var v in result.Violations)
            output.WriteLine($"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        var blocking = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(blocking.Count == 0, $"{path} as {login ?? "visitor"}:\n" + string.Join("\n", blocking));
    }
}
