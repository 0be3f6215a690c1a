using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>The rules of who sees and who changes a certificate.</summary>
public static class CertificateAccess
{
    public const string DownloadRefused =
        "Sertifikat ini milik orang lain. Hanya pemiliknya, pelatih kursus atau bimteknya, peninjau, dan admin yang dapat mengunduhnya.";

    public const string AdminOnly = "Hanya admin yang dapat mencabut atau menerbitkan ulang sertifikat.";

    public static bool CanDownload(Actor viewer, string ownerId, IEnumerable<string> trainerIds) =>
        viewer.IsAdmin || viewer.IsReviewer || viewer.UserId == ownerId || trainerIds.Contains(viewer.UserId);

    public static void DemandAdmin(Actor viewer)
    {
        if (!viewer.IsAdmin) throw new DomainException(AdminOnly);
    }
}
