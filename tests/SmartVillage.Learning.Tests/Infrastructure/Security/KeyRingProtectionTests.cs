using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Infrastructure.Security;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Infrastructure.Security;

/// <summary>
/// The key ring in the database is encrypted with the configured certificate: a copy of the database alone cannot
/// unprotect a cookie. Production without a certificate refuses to start; Development needs no setup.
/// </summary>
public class KeyRingProtectionTests : IAsyncLifetime
{
    private const string Password = "uji-sertifikat";
    private TestDatabase database = null!;
    private string certificate = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("Production");
        certificate = Path.Combine(database.Folder, "keyring.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SmartVillage key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var self = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(certificate, self.Export(X509ContentType.Pfx, Password));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ServiceProvider KeyRing(string environmentName, bool withCertificate)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Learning"] = database.ConnectionString,
            ["Content:Path"] = RepositoryPaths.Content,
        };
        if (withCertificate)
        {
            settings[KeyRingProtection.PathKey] = certificate;
            settings[KeyRingProtection.PasswordKey] = Password;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new TestHostEnvironment(database.Folder, environmentName);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLearningCore(configuration, environment);
        services.AddKeyRing(configuration, environment);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Production_WithCertificate_StoresKeysEncrypted_ReadableOnlyWithTheCertificate()
    {
        byte[] cookie;
        await using (var app = KeyRing("Production", withCertificate: true))
        {
            cookie = app.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("siti"u8.ToArray());
        }

        var stored = await database.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        var key = Assert.Single(stored);
        Assert.Contains("encryptedSecret", key);
        Assert.DoesNotContain("<value>", key);

        // Another instance with the certificate reads the cookie; the database alone (no certificate) cannot.
        await using (var other = KeyRing("Production", withCertificate: true))
            Assert.Equal("siti"u8.ToArray(), other.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
        await using var thief = KeyRing("Development", withCertificate: false);
        Assert.ThrowsAny<CryptographicException>(() => thief.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
    }

    [Fact]
    public void Production_WithoutCertificate_RefusesNamingTheSettings()
    {
        var refused = Assert.Throws<StartupConfigurationException>(() => KeyRing("Production", withCertificate: false));

        Assert.Contains(KeyRingProtection.PathKey, refused.Message);
        Assert.Contains(KeyRingProtection.ThumbprintKey, refused.Message);
    }

    [Fact]
    public async Task Development_WithoutCertificate_WorksWithNoSetup()
    {
        await using var app = KeyRing("Development", withCertificate: false);
        var protector = app.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie");

        Assert.Equal("siti"u8.ToArray(), protector.Unprotect(protector.Protect("siti"u8.ToArray())));
        Assert.NotEmpty(app.GetRequiredService<IKeyManager>().GetAllKeys());
    }
}
