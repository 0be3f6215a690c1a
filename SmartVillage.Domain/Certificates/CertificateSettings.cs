namespace SmartVillage.Domain.Certificates;

/// <summary>Who signs certificates and for which body: one row, edited by an admin; copied into each certificate when issued.</summary>
public sealed class CertificateSettings
{
    public const int SingletonId = 1;

    public static CertificateSettings Default() => new()
    {
        Id = SingletonId,
        IssuingBody = "Dinas Pemberdayaan Masyarakat dan Desa Provinsi Lampung",
        IssuingPlace = "Bandar Lampung",
        SignatoryName = "Kepala Dinas PMD Provinsi Lampung",
        SignatoryTitle = "Kepala Dinas",
        SignatoryNip = null,
    };

    public int Id { get; private set; } = SingletonId;
    public string IssuingBody { get; private set; } = "";
    public string IssuingPlace { get; private set; } = "";
    public string SignatoryName { get; private set; } = "";
    public string SignatoryTitle { get; private set; } = "";
    public string? SignatoryNip { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string issuingBody, string issuingPlace, string signatoryName, string signatoryTitle, string? signatoryNip, DateTimeOffset now)
    {
        IssuingBody = Required(issuingBody, "Nama lembaga penerbit wajib diisi.");
        IssuingPlace = Required(issuingPlace, "Tempat penerbitan wajib diisi.");
        SignatoryName = Required(signatoryName, "Nama penanda tangan wajib diisi.");
        SignatoryTitle = Required(signatoryTitle, "Jabatan penanda tangan wajib diisi.");
        var nip = signatoryNip?.Replace(" ", "").Trim();
        if (!string.IsNullOrEmpty(nip) && (nip.Length != 18 || !nip.All(char.IsAsciiDigit)))
            throw new DomainException("NIP terdiri dari 18 angka.");
        SignatoryNip = string.IsNullOrEmpty(nip) ? null : nip;
        UpdatedAt = now;
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message) : value.Trim();
}
