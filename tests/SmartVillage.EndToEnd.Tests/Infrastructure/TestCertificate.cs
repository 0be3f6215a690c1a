using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>A self-signed certificate with its private key, written as a PFX, for the key ring of a Production instance.</summary>
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
}
