using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace SmartVillage.Learning.Infrastructure.Bandwidth;

/// <summary>
/// Compresses what the app renders per request: pages (the catalog's 54 KB of HTML is about 11 KB as Brotli), enhanced
/// navigation fetches, JSON and the web app manifest. Static files are not touched here: MapStaticAssets serves their
/// build-time gzip and Brotli copies itself, and a response that already has a Content-Encoding passes through. The circuit's
/// messages (its first render included) are compressed by the WebSocket's own permessage-deflate, on by default.
/// <para>
/// BREACH (docs/security.md, decision 0023): over TLS, the length of a compressed response can tell an eavesdropper who
/// also injects text the page echoes back (a search term in the URL) whether that text matches a secret on the same page,
/// one character at a time. The secrets our pages carry are the antiforgery request token and Blazor's component markers,
/// each a Data Protection payload encrypted afresh for every response (a random key modifier and IV each time): no two
/// responses share the secret's bytes, so the guessing never converges. Cookies travel in headers, never compressed. Two
/// places show a secret that is not masked per response, and they are sent uncompressed: the account pages under
/// <c>/Account</c> (passkey challenges, recovery codes, the authenticator key) and the private calendar feed's address on
/// <c>/my/calendar</c>; nothing there is large enough to be worth the risk.
/// </para>
/// </summary>
public static class PageCompression
{
    /// <summary>Paths whose pages show a secret that is the same in every response: never compressed (see the class).</summary>
    public static readonly PathString[] Uncompressed = ["/Account", "/my/calendar"];

    public static IServiceCollection AddPageCompression(this IServiceCollection services) =>
        services
            .AddResponseCompression(o =>
            {
                // TLS ends at the proxy and forwarded headers make the request https: see the BREACH note above.
                o.EnableForHttps = true;
                o.Providers.Add<BrotliCompressionProvider>();
                o.Providers.Add<GzipCompressionProvider>();
                o.MimeTypes = ["text/html", "text/plain", "text/css", "text/csv", "application/javascript", "text/javascript",
                    "application/json", "image/svg+xml", "application/manifest+json", "text/calendar"];
            })
            // Fastest (Brotli quality 1, gzip level 1) already takes a page to a fifth; Optimal gains a few per cent for
            // several times the CPU on two cores that also render the pages.
            .Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest)
            .Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

    /// <summary>Compression for every response but the pages in <see cref="Uncompressed"/> and the circuit's endpoints.</summary>
    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) =>
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/_blazor")
                       && !Uncompressed.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)),
            branch => branch.UseResponseCompression());
}
