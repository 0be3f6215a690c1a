using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Infrastructure.Security;

/// <summary>
/// The data-protection key ring (it signs sign-in cookies and antiforgery tokens) lives in the database so every
/// instance shares it; a database backup must not be enough to forge a cookie, so the keys are encrypted at rest with
/// an X.509 certificate kept outside the database. Section "DataProtection:Certificate": Path (+ Password) of a PFX
/// file, or Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store. Required in Production; in
/// Development and tests the keys stay unencrypted unless a certificate is configured.
/// </summary>
public static class KeyRingProtection
{
    public const string Section = "DataProtection:Certificate";
    public const string PathKey = Section + ":Path";
    public const string PasswordKey = Section + ":Password";
    public const string ThumbprintKey = Section + ":Thumbprint";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("SmartVillage.Learning")
            .PersistKeysToDbContext<LearningDbContext>();

        var certificate = LoadCertificate(configuration);
        if (certificate is not null)
            builder.ProtectKeysWithCertificate(certificate);
        else if (environment.IsProduction())
            throw new StartupConfigurationException(
                $"Production needs a certificate to encrypt the data-protection keys stored in the database: set {PathKey} " +
                $"(a .pfx file with its private key) and {PasswordKey}, or {ThumbprintKey} (a certificate in the CurrentUser or " +
                "LocalMachine \"My\" store). See README, \"Deploying several instances\".");
        return services;
    }

    private static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var path = configuration[PathKey];
        var thumbprint = configuration[ThumbprintKey];
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path)) throw new StartupConfigurationException($"{PathKey}: no file at {path}.");
            X509Certificate2 certificate;
            try
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
            }
            catch (CryptographicException e)
            {
                throw new StartupConfigurationException($"{PathKey}: {path} cannot be read with {PasswordKey} ({e.Message}).");
            }
            return Usable(certificate, PathKey);
        }
        if (!string.IsNullOrWhiteSpace(thumbprint))
        {
            foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
            {
                using var store = new X509Store(StoreName.My, location);
                try
                {
                    store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                }
                catch (CryptographicException)
                {
                    continue; // That store does not exist on this machine (LocalMachine\My on Linux).
                }
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint.Replace(" ", ""), validOnly: false);
                if (found.Count > 0) return Usable(found[0], ThumbprintKey);
            }
            throw new StartupConfigurationException($"{ThumbprintKey}: no certificate {thumbprint} in the CurrentUser or LocalMachine \"My\" store.");
        }
        return null;
    }

    private static X509Certificate2 Usable(X509Certificate2 certificate, string key) =>
        certificate.HasPrivateKey
            ? certificate
            : throw new StartupConfigurationException($"{key}: certificate {certificate.Thumbprint} has no private key; the keys could be encrypted but never read back.");
}
