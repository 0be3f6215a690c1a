using System.Threading.RateLimiting;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// The public verification (/verify…, /api/certificates/…) is limited per client address, so nobody walks the code
/// space; a phone checking a few certificates never meets the limit.
/// </summary>
public static class CertificateRateLimit
{
    public const string Name = "verify";
    public const string Message = "Terlalu banyak permintaan verifikasi sertifikat. Tunggu satu menit lalu coba lagi.";

    public static bool Applies(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/verify") || context.Request.Path.StartsWithSegments("/api/certificates");

    public static PartitionedRateLimiter<HttpContext> Limiter(int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            Applies(ctx)
                ? RateLimitPartition.GetFixedWindowLimiter(Name + ":" + ctx.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("none"));
}
