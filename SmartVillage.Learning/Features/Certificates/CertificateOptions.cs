using SmartVillage.Domain.Certificates;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>Configuration section "Certificates".</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>Token template of the number (see <see cref="CertificateNumberFormat"/>).</summary>
    public string NumberFormat { get; set; } = CertificateNumberFormat.Default;

    /// <summary>
    /// Where the public can reach the app (e.g. https://belajar.lampungprov.go.id), printed in the QR code. Empty: the
    /// address of the request that issued it, else the first of ASPNETCORE_URLS / --urls, else http://localhost:5010.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Verification requests (/verify…, /api/certificates/…) per client address per minute.</summary>
    public int VerifyPerMinute { get; set; } = 60;
}
