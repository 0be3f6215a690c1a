using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;

namespace SmartVillage.Learning.Shared;

/// <summary>
/// Who is asking, read from the sign-in: the id, the roles, and a reviewer's regency scope (null = whole province). Every
/// service takes an <see cref="Actor"/> and checks it; pages never take a user id from the URL. An official's village is
/// never read from here: services read it from the account, so a stale cookie cannot speak for another village.
/// </summary>
public sealed record Actor(string UserId, bool IsOfficial = false, bool IsTrainer = false, bool IsMentor = false,
    bool IsReviewer = false, bool IsAdmin = false, string? ReviewerRegencyCode = null)
{
    public const string SignInFirst = "Masuk terlebih dahulu.";

    public static Actor From(ClaimsPrincipal user) => new(
        IdOf(user) ?? throw new DomainException(SignInFirst),
        user.IsInRole(Roles.Official), user.IsInRole(Roles.Trainer), user.IsInRole(Roles.Mentor),
        user.IsInRole(Roles.Reviewer), user.IsInRole(Roles.Admin),
        user.FindFirstValue(ReviewerScopeClaim.Type));

    /// <summary>The signed-in person's id, or null for a visitor (public pages).</summary>
    public static string? IdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static async Task<string?> IdAsync(Task<AuthenticationState>? state) =>
        state is null ? null : IdOf((await state).User);

    public static Actor Official(string userId) => new(userId, IsOfficial: true);

    public static Actor Trainer(string userId) => new(userId, IsTrainer: true);

    public static Actor Mentor(string userId) => new(userId, IsMentor: true);

    public static Actor Reviewer(string userId, string? regencyCode = null) => new(userId, IsReviewer: true, ReviewerRegencyCode: regencyCode);

    public static Actor Admin(string userId) => new(userId, IsAdmin: true);

    /// <summary>Trainers and admins: they edit courses and workshops, and moderate collaboration requests and discussions.</summary>
    public bool IsEditingStaff => IsTrainer || IsAdmin;

    /// <summary>Trainers and admins moderate collaboration requests and discussions.</summary>
    public bool IsModerator => IsEditingStaff;

    /// <summary>Staff speak for the programme and its partners (a partner's contact has a staff account).</summary>
    public bool IsStaff => IsTrainer || IsMentor || IsAdmin;
}
