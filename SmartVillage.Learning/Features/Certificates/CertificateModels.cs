using SmartVillage.Domain.Certificates;

namespace SmartVillage.Learning.Features.Certificates;

public enum VerificationState
{
    Valid,
    Revoked,
    Replaced,
    NotFound,
}

/// <summary>What /verify/{code} and GET /api/certificates/{code} say: the status and everything the certificate says.</summary>
public sealed record CertificateVerification(VerificationState State, string? Code, CertificateSnapshot? Certificate, string? Reason,
    DateTimeOffset? ChangedAt, string? ReplacedByCode)
{
    public static CertificateVerification NotFound(string? code) => new(VerificationState.NotFound, code, null, null, null, null);

    /// <summary>"Sah", "Dicabut", "Diganti", "Tidak ditemukan".</summary>
    public string StateLabel => State switch
    {
        VerificationState.Valid => "Sah",
        VerificationState.Revoked => "Dicabut",
        VerificationState.Replaced => "Diganti",
        _ => "Tidak ditemukan",
    };

    public string StateKey => State switch
    {
        VerificationState.Valid => "valid",
        VerificationState.Revoked => "revoked",
        VerificationState.Replaced => "replaced",
        _ => "not_found",
    };
}

/// <summary>A certificate in a list (Sertifikat saya, the admin's search, a workshop's certificates).</summary>
public sealed record CertificateRow(string Code, string Number, string HolderName, string Title, CertificateKind Kind, int LessonHours,
    DateOnly IssuedOn, CertificateStatus Status, string? Reason, string? ReplacedByCode)
{
    public string PdfUrl => $"/certificates/{Code}.pdf";
    public string VerifyPath => $"/verify/{Code}";
}

/// <summary>The admin's form for the signatory and issuing body.</summary>
public sealed class CertificateSettingsForm
{
    public string IssuingBody { get; set; } = "";
    public string IssuingPlace { get; set; } = "";
    public string SignatoryName { get; set; } = "";
    public string SignatoryTitle { get; set; } = "";
    public string? SignatoryNip { get; set; }
}
