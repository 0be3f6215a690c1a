using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>What axe-core found on one page: the violations that fail a test (critical, serious) and the rest, to be listed.</summary>
public sealed record AxeFindings(IReadOnlyList<string> Blocking, IReadOnlyList<string> Other);

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over the page as it stands, WCAG 2.2 AA and axe's best practices: critical and
/// serious violations block, moderate and minor ones are reported. Run it on a settled page (PageActivity), not mid-render.
/// </summary>
public static class AxeCheck
{
    /// <summary>
    /// Every rule, but only violations are gathered with their nodes: axe-core otherwise lists each passing node of every
    /// rule too, which on a MudBlazor page is most of its time and of what crosses to .NET.
    /// </summary>
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations] };

    public static async Task<AxeFindings> RunAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Options);
        var blocking = new List<string>();
        var other = new List<string>();
        foreach (var v in result.Violations)
        {
            var nodes = v.Nodes.Take(3).ToList();
            if (v.Impact is "critical" or "serious")
                blocking.Add($"{where}: {v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", nodes.Select(n => n.Html))}");
            else
                other.Add($"{where}: {v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", nodes.Select(n => n.Target?.ToString()))}");
        }
        return new AxeFindings(blocking, other);
    }
}
