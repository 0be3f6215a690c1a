using System.Security.Claims;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>Who is asking, read from the principal: id, roles, and a reviewer's regency scope (null = whole province).</summary>
public sealed record MentoringActor(string UserId, bool IsOfficial, bool IsMentor, bool IsReviewer, bool IsAdmin, string? ReviewerRegencyCode = null)
{
    public static MentoringActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException("Masuk terlebih dahulu."),
        user.IsInRole(Roles.Official), user.IsInRole(Roles.Mentor), user.IsInRole(Roles.Reviewer), user.IsInRole(Roles.Admin),
        user.FindFirstValue(ReviewerScopeClaim.Type));

    public static MentoringActor Official(string id) => new(id, IsOfficial: true, false, false, false);
    public static MentoringActor Mentor(string id) => new(id, false, IsMentor: true, false, false);
    public static MentoringActor Reviewer(string id, string? regency = null) => new(id, false, false, IsReviewer: true, false, regency);
    public static MentoringActor Admin(string id) => new(id, false, false, false, IsAdmin: true);
}
