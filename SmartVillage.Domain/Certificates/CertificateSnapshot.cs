namespace SmartVillage.Domain.Certificates;

/// <summary>
/// Everything a certificate says, copied when it is issued. The PDF and the verification page are made from this
/// alone, so renaming the official, editing the course or changing the signatory later never changes a certificate
/// already issued (decision: docs/decisions/0007-certificates.md).
/// </summary>
public sealed record CertificateSnapshot(
    CertificateKind Kind,
    string Number,
    string VerificationCode,
    string HolderName,
    string? HolderPosition,
    string? VillageName,
    string? RegencyName,
    string Title,
    string TrackTitle,
    int LessonHours,
    decimal? ScorePercent,
    DateOnly CompletedOn,
    DateOnly IssuedOn,
    string IssuingPlace,
    string IssuingBody,
    string SignatoryName,
    string SignatoryTitle,
    string? SignatoryNip,
    string VerifyUrl)
{
    /// <summary>"Kursus" or "Bimtek": what the certificate says it is for.</summary>
    public string KindLabel => Kind == CertificateKind.Course ? "Kursus" : "Bimtek";
}
