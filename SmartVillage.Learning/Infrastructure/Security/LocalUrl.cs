namespace SmartVillage.Learning.Infrastructure.Security;

/// <summary>
/// Where to go after signing in, signing out or switching language: only a path of this site, never another site,
/// and never an exception for a malformed address (https:evil.example, ///evil.example, /\evil.example): those land home.
/// </summary>
public static class LocalUrl
{
    /// <summary>A path of this site starting with "/", or "/" when <paramref name="url"/> is anything else.</summary>
    /// <param name="url">A path ("/regions", "regions") or an absolute address on <paramref name="siteBase"/>.</param>
    /// <param name="siteBase">The site's absolute base address (NavigationManager.BaseUri), to accept its own absolute addresses.</param>
    public static string PathOrHome(string? url, string? siteBase = null)
    {
        if (string.IsNullOrWhiteSpace(url)) return "/";
        // Browsers read "\" as "/" and skip control characters: "/\evil.example" and "/\t/evil.example" are other sites.
        if (url.Contains('\\') || url.Any(char.IsControl)) return "/";
        if (url.StartsWith("//", StringComparison.Ordinal)) return "/";
        if (url.StartsWith('/')) return url;
        if (url.Contains(':'))
        {
            // An absolute address (or "https:evil.example", "javascript:…"): only this site's own.
            if (siteBase is null || !Uri.TryCreate(url, UriKind.Absolute, out var absolute) || !Uri.TryCreate(siteBase, UriKind.Absolute, out var home))
                return "/";
            if (absolute.Scheme != home.Scheme || !string.Equals(absolute.Authority, home.Authority, StringComparison.OrdinalIgnoreCase)
                || !absolute.AbsolutePath.StartsWith(home.AbsolutePath, StringComparison.Ordinal))
                return "/";
            return PathOrHome(absolute.PathAndQuery + absolute.Fragment);
        }
        return "/" + url;
    }
}
