using System.Security.Claims;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Learning;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Who reads a report: admins and province reviewers read everything; a regency reviewer reads their regency
/// (its districts, villages and officials) and nothing else. Every report call goes through <see cref="Demand"/>.
/// </summary>
public sealed record ReportViewer(string UserId, bool IsAdmin, bool IsReviewer, string? RegencyCode)
{
    public const string NotAReviewerMessage = "Laporan hanya untuk peninjau dan admin.";

    public static ReportViewer From(ClaimsPrincipal user) => new(
        SignedInUser.IdOf(user) ?? "",
        user.IsInRole(Roles.Admin),
        user.IsInRole(Roles.Reviewer),
        user.FindFirst(ReviewerScopeClaim.Type)?.Value);

    /// <summary>True when the viewer only reads one regency.</summary>
    public bool IsRegencyScoped => !IsAdmin && RegencyCode is not null;

    /// <summary>The region code reports start from: null for the province, else the viewer's regency.</summary>
    public string? HomeRegion => IsRegencyScoped ? RegencyCode : null;

    public bool CanRead(string? regionCode)
    {
        if (!IsAdmin && !IsReviewer) return false;
        if (!IsRegencyScoped) return true;
        return regionCode is not null && (regionCode == RegencyCode || regionCode.StartsWith(RegencyCode + ".", StringComparison.Ordinal));
    }

    /// <summary>Throws with a message a person can act on when the viewer may not read this region (null = the province).</summary>
    public void Demand(string? regionCode, string? regencyName = null)
    {
        if (!IsAdmin && !IsReviewer) throw new DomainException(NotAReviewerMessage);
        if (!CanRead(regionCode))
            throw new DomainException($"Anda peninjau {regencyName ?? "kabupaten " + RegencyCode} dan hanya dapat membuka laporan wilayah itu.");
    }
}
