using SmartVillage.Domain;
using SmartVillage.Domain.Certificates;

namespace SmartVillage.Domain.Tests.Certificates;

public class CertificateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 5, 3, 0, 0, TimeSpan.Zero);

    private static Certificate NewCertificate() => new("u1", CertificateKind.Workshop, null, 5, 2026, 7, 0,
        new CertificateSnapshot(CertificateKind.Workshop, "007/SV-MP/TGM/XI/2026", "7K3MQ9XD2PWAHT10", "Siti", null, null, null, "Bimtek", "Manajemen Proyek",
            16, null, new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 5), "Bandar Lampung", "Dinas PMD", "Nama", "Kepala Dinas", null, "https://x/verify/7K3MQ9XD2PWAHT10"),
        null, Now);

    [Fact]
    public void Revoke_NeedsReason_ThenRevokedOnce()
    {
        var certificate = NewCertificate();
        Assert.Throws<DomainException>(() => certificate.Revoke(" ", "admin", Now));
        certificate.Revoke("Kehadiran dipalsukan", "admin", Now);
        Assert.Equal((CertificateStatus.Revoked, "Kehadiran dipalsukan"), (certificate.Status, certificate.RevocationReason));
        Assert.Throws<DomainException>(() => certificate.Revoke("lagi", "admin", Now));
    }

    [Fact]
    public void ReplaceBy_PointsToNewCode_AndCannotBeReplacedTwice()
    {
        var certificate = NewCertificate();
        certificate.ReplaceBy("ABCDEFGHJKMNPQRS", "Nama diperbaiki", "admin", Now);
        Assert.Equal((CertificateStatus.Replaced, "ABCDEFGHJKMNPQRS"), (certificate.Status, certificate.ReplacedByCode));
        Assert.Throws<DomainException>(() => certificate.ReplaceBy("ZZZZZZZZZZZZZZZZ", "lagi", "admin", Now));
    }

    [Fact]
    public void Settings_NipMustBe18Digits()
    {
        var settings = CertificateSettings.Default();
        Assert.Throws<DomainException>(() => settings.Change("Dinas", "Bandar Lampung", "Nama", "Kepala", "12345", Now));
        settings.Change("Dinas", "Bandar Lampung", "Nama", "Kepala", "19700101 199503 1 001", Now);
        Assert.Equal("197001011995031001", settings.SignatoryNip);
    }
}
