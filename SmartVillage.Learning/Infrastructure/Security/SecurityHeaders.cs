namespace SmartVillage.Learning.Infrastructure.Security;

/// <summary>
/// Headers of every response (nosniff, referrer policy) and of every page (CSP, frame and permissions policies). The
/// Content-Security-Policy allows scripts only from this origin (blazor.web.js,
/// MudBlazor.min.js and the app's own modules are files; the page holds no inline script), the Blazor circuit's
/// WebSocket to this origin, and inline styles: MudBlazor writes its theme as a &lt;style&gt; element and positions
/// popovers with style attributes, which no nonce can cover.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    // Nothing in the app uses these; passkeys (publickey-credentials-get) keep their default of this origin only.
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // The document policies only on documents: a phone on a slow link fetches a dozen static files per page.
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                    headers["Permissions-Policy"] = PermissionsPolicy;
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
}
