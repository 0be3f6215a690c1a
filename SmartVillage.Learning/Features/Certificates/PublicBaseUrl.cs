using Microsoft.Extensions.Options;
using SmartVillage.Learning.Infrastructure.Security;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// The address printed in a certificate's QR code: Certificates:PublicBaseUrl, required in Production; elsewhere, when
/// empty, the first address Kestrel listens on (ASPNETCORE_URLS or --urls). Never the Host header of a request: anyone
/// can send any Host, and the printed address must be the one the province publishes.
/// </summary>
public sealed class PublicBaseUrl(IOptions<CertificateOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    public const string Fallback = "http://localhost:5010";
    public const string SettingKey = CertificateOptions.Section + ":" + nameof(CertificateOptions.PublicBaseUrl);

    public static string MissingInProduction =>
        $"Production needs {SettingKey}, the address the public opens (e.g. https://belajar.lampungprov.go.id): it is printed in every certificate's QR code.";

    public string Value
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)) return options.Value.PublicBaseUrl.Trim().TrimEnd('/');
            if (environment.IsProduction()) throw new StartupConfigurationException(MissingInProduction);
            var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
            var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (first is null) return Fallback;
            // "http://+:80" or "http://0.0.0.0:80" is where Kestrel listens, not an address a phone can open.
            return first.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").TrimEnd('/');
        }
    }

    /// <summary>Refuses to start in Production without the setting, rather than failing at the first certificate.</summary>
    public static void DemandConfigured(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration[SettingKey]))
            throw new StartupConfigurationException(MissingInProduction);
        if (configuration[SettingKey] is { Length: > 0 } url && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new StartupConfigurationException($"{SettingKey}: \"{url}\" is not an http(s) address.");
    }

    public string VerifyUrl(string code) => $"{Value}/verify/{code}";
}
