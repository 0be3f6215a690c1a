using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Throwaway self-signed certificates: a PFX with its private key for the key ring of a Production instance, and PEM
/// files for a TLS site (nginx).
/// </summary>
public static class TestCertificate
{
    public const string Password = "uji-sertifikat";

    public static string WritePfx(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SmartVillage key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, $"keyring-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    /// <summary>A TLS certificate for <paramref name="host"/> and its key, as nginx reads them; returns both paths.</summary>
    public static (string Certificate, string Key) WriteTlsPem(string folder, string host)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={host}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var certificatePath = Path.Combine(folder, "fullchain.pem");
        var keyPath = Path.Combine(folder, "privkey.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
