using System.Security.Claims;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>Who asks for a certificate or acts on one: the signed-in person's id and the roles that matter here.</summary>
/// <param name="ReviewerRegencyCode">A regency reviewer's regency (e.g. 18.06); null for a province reviewer.</param>
public sealed record CertificateViewer(string UserId, bool IsAdmin, bool IsReviewer, bool IsTrainer, string? ReviewerRegencyCode = null)
{
    public static CertificateViewer From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException("Masuk terlebih dahulu."),
        user.IsInRole(Roles.Admin), user.IsInRole(Roles.Reviewer), user.IsInRole(Roles.Trainer),
        user.FindFirstValue(Accounts.ReviewerScopeClaim.Type));

    public static CertificateViewer Official(string userId) => new(userId, false, false, false);

    public static CertificateViewer Admin(string userId) => new(userId, true, false, false);

    public static CertificateViewer Reviewer(string userId, string? regencyCode = null) => new(userId, false, true, false, regencyCode);

    public static CertificateViewer Trainer(string userId) => new(userId, false, false, true);

    public CourseEditor AsEditor => new(UserId, IsAdmin, IsTrainer);
}

/// <summary>The rules of who sees and who changes a certificate.</summary>
public static class CertificateAccess
{
    public const string DownloadRefused =
        "Sertifikat ini milik orang lain. Hanya pemiliknya, pelatih kursus atau bimteknya, peninjau wilayahnya, dan admin yang dapat mengunduhnya.";

    public const string AdminOnly = "Hanya admin yang dapat mencabut atau menerbitkan ulang sertifikat.";

    /// <summary>A regency reviewer reads the certificates of that regency's officials only, as in the reports.</summary>
    public static bool CanDownload(CertificateViewer viewer, string ownerId, IEnumerable<string> trainerIds, string? ownerVillageCode) =>
        viewer.IsAdmin || viewer.UserId == ownerId || trainerIds.Contains(viewer.UserId)
        || (viewer.IsReviewer && (viewer.ReviewerRegencyCode is null
                                  || (ownerVillageCode?.StartsWith(viewer.ReviewerRegencyCode + ".", StringComparison.Ordinal) ?? false)));

    public static void DemandAdmin(CertificateViewer viewer)
    {
        if (!viewer.IsAdmin) throw new DomainException(AdminOnly);
    }
}
