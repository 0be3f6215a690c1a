using SmartVillage.Domain;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Tests.Architecture;

/// <summary>
/// The seams of docs/architecture.md, checked on the compiled assemblies: the kernel (Data, Shared, Infrastructure) uses no
/// feature, the domain knows nothing of the app, ASP.NET or EF, features use no part of the app's shell (seeding, start-up,
/// command line), and no two features use each other. The few exceptions of today are listed below, each with its reason;
/// a new one fails here until it is listed (or, better, removed).
/// </summary>
public class DependencyRulesTests
{
    private const string App = "SmartVillage.Learning";
    private const string Features = App + ".Features";
    private static readonly string[] Kernel = [App + ".Data", App + ".Shared", App + ".Infrastructure"];
    private static readonly string[] Shell = [App + ".Seeding", App + ".Startup", App + ".Cli", App + ".Components"];

    private static readonly Lazy<TypeGraph> AppGraph = new(() => TypeGraph.Of(typeof(LearningDbContext).Assembly.Location));
    private static readonly Lazy<TypeGraph> DomainGraph = new(() => TypeGraph.Of(typeof(DomainException).Assembly.Location));

    // The allowed exceptions, each with its reason; keep them to a handful. None is needed today (issue 19 removed the
    // last ones: Data's DatabaseInitializer and ReportSql, Infrastructure's content import, Catalog ⇄ Learning, Workshops ⇄
    // Attendance, Networks ⇄ Directory/Collaboration/Discussion/Notifications, the four handler interfaces). Add one as
    // [("Data", "Features.Reports")] = "why it cannot be otherwise yet", never silently.

    /// <summary>A kernel namespace that may use a feature, and why.</summary>
    private static readonly Dictionary<(string From, string To), string> KernelExceptions = [];

    /// <summary>Two features that may use each other, and why.</summary>
    private static readonly Dictionary<(string, string), string> TwoWayExceptions = [];

    /// <summary>A feature that may use the shell, and why.</summary>
    private static readonly Dictionary<(string From, string To), string> ShellExceptions = [];

    [Fact]
    public void DataSharedAndInfrastructure_UseNoFeature()
    {
        var graph = AppGraph.Value;
        var broken = (from kernel in Kernel
                      from feature in FeaturesOf(graph)
                      where graph.Uses(kernel, feature) && !KernelExceptions.ContainsKey((Short(kernel), Short(feature)))
                      select $"{Short(kernel)} uses {Short(feature)} in {string.Join(", ", graph.Witnesses(kernel, feature))}").ToList();
        Assert.True(broken.Count == 0, "The kernel must not use a feature:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void TheDomain_UsesNeitherTheAppNorAspNetNorEfCore()
    {
        var graph = DomainGraph.Value;
        string[] forbidden = [App, "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions"];
        var broken = (from space in forbidden
                      where graph.Uses("SmartVillage.Domain", space)
                      select $"Domain uses {space} in {string.Join(", ", graph.Witnesses("SmartVillage.Domain", space))}").ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void NoTwoFeatures_UseEachOther()
    {
        var graph = AppGraph.Value;
        var features = FeaturesOf(graph).ToList();
        var broken = (from a in features
                      from b in features
                      where string.CompareOrdinal(a, b) < 0 && graph.Uses(a, b) && graph.Uses(b, a)
                            && !TwoWayExceptions.ContainsKey((Short(a), Short(b))) && !TwoWayExceptions.ContainsKey((Short(b), Short(a)))
                      select $"{Short(a)} ⇄ {Short(b)}: {Short(a)} in {string.Join(", ", graph.Witnesses(a, b))}; {Short(b)} in {string.Join(", ", graph.Witnesses(b, a))}").ToList();
        Assert.True(broken.Count == 0, "Features must depend one way:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Features_UseNoPartOfTheShell()
    {
        var graph = AppGraph.Value;
        var broken = (from feature in FeaturesOf(graph)
                      from shell in Shell
                      where graph.Uses(feature, shell) && !ShellExceptions.ContainsKey((Short(feature), Short(shell)))
                      select $"{Short(feature)} uses {Short(shell)} in {string.Join(", ", graph.Witnesses(feature, shell))}")
            .Concat(from feature in FeaturesOf(graph)
                    where graph.UsesExactly(feature, App)
                    select $"{Short(feature)} uses the composition root ({App}.LearningCoreServiceCollectionExtensions, LearningWebExtensions)")
            .ToList();
        Assert.True(broken.Count == 0, "A feature must not use seeding, start-up, the command line or the layout:\n" + string.Join("\n", broken));
    }

    /// <summary>The rules above can only fail if the graph sees what code uses: in markup, in async methods, in lambdas.</summary>
    [Fact]
    public void TheGraph_SeesUsesInMarkupAsyncMethodsAndLambdas()
    {
        var graph = AppGraph.Value;
        Assert.True(graph.Uses(App + ".Components.Layout", Features + ".Networks.Notifications"));   // <NotificationBell /> in MainLayout
        Assert.True(graph.Uses(App + ".Cli", App + ".Seeding.Demo"));                                 // SeedDemoVerb, inside an async method
        Assert.False(graph.Uses(Features + ".Regions", Features + ".Reports"));
        Assert.Contains(Features + ".Networks", FeaturesOf(graph));
        Assert.DoesNotContain(Features + ".Networks.Directory", FeaturesOf(graph));                  // sub-areas belong to their area
    }

    /// <summary>The areas: the first namespace level under Features (Workshops holds Attendance, Networks holds Directory…).</summary>
    private static IEnumerable<string> FeaturesOf(TypeGraph graph) =>
        graph.Namespaces.Where(n => TypeGraph.Within(n, Features) && n != Features)
            .Select(n => Features + "." + n[(Features.Length + 1)..].Split('.')[0]).Distinct().Order();

    private static string Short(string space) => space.StartsWith(Features + ".", StringComparison.Ordinal)
        ? space[(Features.Length + 1)..]
        : space.StartsWith(App + ".", StringComparison.Ordinal) ? space[(App.Length + 1)..] : space;
}
