namespace SmartVillage.Domain.Certificates;

/// <summary>What a certificate attests: a finished course, or a workshop attended (and passed).</summary>
public enum CertificateKind
{
    Course,
    Workshop,
}
