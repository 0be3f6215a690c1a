using System.Security.Claims;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>
/// The person acting in the directory, collaboration and discussion: their id and roles from the sign-in. Their village
/// is never taken from here: the services read it from the account, so a stale cookie cannot speak for another village.
/// </summary>
public sealed record NetworkMember(string UserId, bool IsOfficial, bool IsTrainer, bool IsMentor, bool IsReviewer, bool IsAdmin)
{
    public static NetworkMember From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException("Masuk terlebih dahulu."),
        user.IsInRole(Roles.Official), user.IsInRole(Roles.Trainer), user.IsInRole(Roles.Mentor),
        user.IsInRole(Roles.Reviewer), user.IsInRole(Roles.Admin));

    public static NetworkMember Official(string userId) => new(userId, true, false, false, false, false);

    public static NetworkMember Trainer(string userId) => new(userId, false, true, false, false, false);

    public static NetworkMember Mentor(string userId) => new(userId, false, false, true, false, false);

    public static NetworkMember Reviewer(string userId) => new(userId, false, false, false, true, false);

    public static NetworkMember Admin(string userId) => new(userId, false, false, false, false, true);

    /// <summary>Trainers and admins moderate collaboration requests and discussions.</summary>
    public bool IsModerator => IsTrainer || IsAdmin;

    /// <summary>Staff speak for the programme and its partners (a partner's contact has a staff account).</summary>
    public bool IsStaff => IsTrainer || IsMentor || IsAdmin;
}
