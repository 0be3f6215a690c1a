namespace SmartVillage.Domain.Certificates;

/// <summary>What the public verification page says about a certificate.</summary>
public enum CertificateStatus
{
    /// <summary>Sah: it says what the holder earned.</summary>
    Valid,

    /// <summary>Dicabut by an admin, with a reason.</summary>
    Revoked,

    /// <summary>Diganti: re-issued (e.g. a name corrected) under the same number with a new code.</summary>
    Replaced,
}
