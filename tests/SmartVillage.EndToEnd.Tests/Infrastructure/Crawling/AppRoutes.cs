using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>
/// Every page of the app, read from its built assembly: each component with <c>[Route]</c> (a Razor <c>@page</c>), with
/// the roles its <c>[Authorize]</c> names. Read through MetadataLoadContext, so the app is never loaded into the test
/// process; a new page is found without a line of test code.
/// </summary>
public static partial class AppRoutes
{
    private const string RouteAttribute = "Microsoft.AspNetCore.Components.RouteAttribute";
    private const string AuthorizeAttribute = "Microsoft.AspNetCore.Authorization.AuthorizeAttribute";
    private const string AllowAnonymousAttribute = "Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute";
    private const string StaticAttribute = "Microsoft.AspNetCore.Components.ExcludeFromInteractiveRoutingAttribute";

    private static readonly Lazy<IReadOnlyList<AppRoute>> All = new(Read);

    public static IReadOnlyList<AppRoute> Pages => All.Value;

    private static List<AppRoute> Read()
    {
        var appFolder = AppFixture.AppFolder;
        var runtimeFolder = RuntimeEnvironment.GetRuntimeDirectory();
        // The ASP.NET Core shared framework sits beside the core one: …/shared/Microsoft.NETCore.App/10.0.x → …/Microsoft.AspNetCore.App/10.0.x.
        var aspNetFolder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeFolder.TrimEnd('/')))!,
            "Microsoft.AspNetCore.App", Path.GetFileName(runtimeFolder.TrimEnd('/')));
        if (!Directory.Exists(aspNetFolder))
            aspNetFolder = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeFolder.TrimEnd('/')))!, "Microsoft.AspNetCore.App"))
                .OrderDescending().First();
        var paths = Directory.GetFiles(appFolder, "*.dll")
            .Concat(Directory.GetFiles(runtimeFolder, "*.dll"))
            .Concat(Directory.GetFiles(aspNetFolder, "*.dll"))
            .GroupBy(Path.GetFileName).Select(g => g.First());

        using var context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(appFolder, "SmartVillage.Learning.dll"));
        var routes = new List<AppRoute>();
        foreach (var type in assembly.GetTypes())
        {
            var attributes = type.GetCustomAttributesData();
            var templates = attributes.Where(a => a.AttributeType.FullName == RouteAttribute)
                .Select(a => (string)a.ConstructorArguments[0].Value!).ToList();
            if (templates.Count == 0) continue;
            var authorize = attributes.Where(a => a.AttributeType.FullName == AuthorizeAttribute).ToList();
            var roles = authorize.SelectMany(a => a.NamedArguments.Where(n => n.MemberName == "Roles"))
                .SelectMany(n => ((string)n.TypedValue.Value!).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToHashSet(StringComparer.Ordinal);
            var signInRequired = authorize.Count > 0 && attributes.All(a => a.AttributeType.FullName != AllowAnonymousAttribute);
            var isStatic = attributes.Any(a => a.AttributeType.FullName == StaticAttribute);
            routes.AddRange(templates.Select(t => new AppRoute(t, type.FullName!, signInRequired, roles, isStatic)));
        }
        return routes.OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\{(?<name>\*{0,2}[A-Za-z]+)(:[^}]+)?\??\}")]
    internal static partial Regex Parameter();
}

/// <summary>One <c>@page</c> template of one component.</summary>
/// <param name="Roles">Roles its <c>[Authorize(Roles = …)]</c> names; empty when any signed-in person (or anyone) may open it.</param>
public sealed record AppRoute(string Template, string Component, bool SignInRequired, IReadOnlySet<string> Roles, bool IsStatic)
{
    /// <summary>The route's parameters, each with the literal segment before it (e.g. <c>plans/{Id}</c>), in order.</summary>
    public IReadOnlyList<RouteParameter> Parameters
    {
        get
        {
            var segments = Template.Trim('/').Split('/');
            var list = new List<RouteParameter>();
            var lastLiteral = "";
            foreach (var segment in segments)
            {
                var match = AppRoutes.Parameter().Match(segment);
                if (!match.Success)
                {
                    lastLiteral = segment;
                    continue;
                }
                list.Add(new RouteParameter(match.Groups["name"].Value.TrimStart('*'), lastLiteral, match.Value));
            }
            return list;
        }
    }

    /// <summary>Whether a person in these roles passes the page's own [Authorize] (the service may still refuse the object).</summary>
    public bool Admits(CrawlRole role) =>
        !SignInRequired || (role.Login is not null && (Roles.Count == 0 || Roles.Contains(role.AppRole!)));

    public override string ToString() => Template;
}

/// <param name="Name">The parameter's name, e.g. <c>Id</c>.</param>
/// <param name="After">The literal segment before it, e.g. <c>plans</c>; empty when none.</param>
/// <param name="Token">The parameter as written in the template, e.g. <c>{Id:int}</c>.</param>
public sealed record RouteParameter(string Name, string After, string Token)
{
    /// <summary>The resolver key that names the parameter in its place, e.g. <c>plans/{Id}</c>.</summary>
    public string PlacedKey => $"{After}/{{{Name}}}";
}
