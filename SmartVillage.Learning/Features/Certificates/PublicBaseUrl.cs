using Microsoft.Extensions.Options;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// The address printed in a certificate's QR code: Certificates:PublicBaseUrl when set (production, behind a proxy),
/// else the address of the current request, else the first address Kestrel listens on (ASPNETCORE_URLS or --urls).
/// </summary>
public sealed class PublicBaseUrl(IOptions<CertificateOptions> options, IConfiguration configuration, IServiceProvider services)
{
    public const string Fallback = "http://localhost:5010";

    public string Value
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)) return options.Value.PublicBaseUrl.Trim().TrimEnd('/');
            var request = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
            if (request is { Host.HasValue: true }) return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
            var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
            var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (first is null) return Fallback;
            // "http://+:80" or "http://0.0.0.0:80" is where Kestrel listens, not an address a phone can open.
            return first.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").TrimEnd('/');
        }
    }

    public string VerifyUrl(string code) => $"{Value}/verify/{code}";
}
