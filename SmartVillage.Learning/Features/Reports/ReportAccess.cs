using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Who reads a report: admins and province reviewers read everything; a regency reviewer reads their regency
/// (its districts, villages and officials) and nothing else. Every report call goes through <c>Demand</c>.
/// </summary>
public static class ReportAccess
{
    public const string NotAReviewerMessage = "Laporan hanya untuk peninjau dan admin.";

    extension(Actor viewer)
    {
        /// <summary>True when the viewer only reads one regency.</summary>
        public bool IsRegencyScoped => !viewer.IsAdmin && viewer.ReviewerRegencyCode is not null;

        /// <summary>The region code reports start from: null for the province, else the viewer's regency.</summary>
        public string? HomeRegion => viewer.IsRegencyScoped ? viewer.ReviewerRegencyCode : null;

        public bool CanRead(string? regionCode)
        {
            if (!viewer.IsAdmin && !viewer.IsReviewer) return false;
            if (!viewer.IsRegencyScoped) return true;
            var regency = viewer.ReviewerRegencyCode!;
            return regionCode is not null && (regionCode == regency || regionCode.StartsWith(regency + ".", StringComparison.Ordinal));
        }

        /// <summary>Throws with a message a person can act on when the viewer may not read this region (null = the province).</summary>
        public void Demand(string? regionCode, string? regencyName = null)
        {
            if (!viewer.IsAdmin && !viewer.IsReviewer) throw new DomainException(NotAReviewerMessage);
            if (!viewer.CanRead(regionCode))
                throw new DomainException($"Anda peninjau {regencyName ?? "kabupaten " + viewer.ReviewerRegencyCode} dan hanya dapat membuka laporan wilayah itu.");
        }
    }
}
