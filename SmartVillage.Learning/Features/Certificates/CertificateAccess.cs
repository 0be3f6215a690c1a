using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>The rules of who sees and who changes a certificate.</summary>
public static class CertificateAccess
{
    public const string DownloadRefused =
        "Sertifikat ini milik orang lain. Hanya pemiliknya, pelatih kursus atau bimteknya, peninjau wilayahnya, dan admin yang dapat mengunduhnya.";

    public const string AdminOnly = "Hanya admin yang dapat mencabut atau menerbitkan ulang sertifikat.";

    /// <summary>A regency reviewer reads the certificates of that regency's officials only, as in the reports.</summary>
    public static bool CanDownload(Actor viewer, string ownerId, IEnumerable<string> trainerIds, string? ownerVillageCode) =>
        viewer.IsAdmin || viewer.UserId == ownerId || trainerIds.Contains(viewer.UserId)
        || (viewer.IsReviewer && (viewer.ReviewerRegencyCode is null
                                  || (ownerVillageCode?.StartsWith(viewer.ReviewerRegencyCode + ".", StringComparison.Ordinal) ?? false)));

    public static void DemandAdmin(Actor viewer)
    {
        if (!viewer.IsAdmin) throw new DomainException(AdminOnly);
    }
}
