using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace SmartVillage.Learning.Shared;

/// <summary>
/// Which addresses are static pages (<c>[ExcludeFromInteractiveRouting]</c>: the account pages and the reading pages of
/// decision 0023). A live page that sends the browser to one in code must ask for a full load: the interactive router
/// does not render such a page (it shows "not found" instead), while a link to one reloads by itself.
/// </summary>
public static class StaticPages
{
    private static readonly string[][] Templates = typeof(StaticPages).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.IsDefined(typeof(ExcludeFromInteractiveRoutingAttribute), inherit: true))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template.Trim('/').Split('/'))
        .ToArray();

    /// <summary>True when <paramref name="url"/> (an app-relative path, query allowed) is served by a static page.</summary>
    public static bool Serve(string url)
    {
        var path = url.Split('?', '#')[0].Trim('/');
        string[] segments = path.Length == 0 ? [""] : path.Split('/');
        return Templates.Any(template => template.Length == segments.Length && template.Zip(segments).All(pair =>
            pair.First.StartsWith('{') || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase)));
    }
}
