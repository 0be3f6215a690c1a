using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>
/// The rules of mentoring, for every plan, obstacle and session, whatever page or call asks
/// (docs/decisions/0008-mentoring-access.md):
/// - an official reads and changes only their OWN plans and obstacles (not their colleagues' in the same village);
/// - a mentor reads, reviews and responds for the officials assigned to them, directly or through their village; no one else's;
/// - a reviewer reads (within their regency, when scoped) and changes nothing; an admin reads everything and assigns mentors,
///   but the review itself belongs to the assigned mentor.
/// </summary>
public static class MentoringAccess
{
    public const string RefusedMessage =
        "Anda tidak mendampingi aparatur ini, jadi tidak dapat membuka atau mengubah datanya. Hubungi admin bila Anda seharusnya menjadi pendampingnya.";

    public const string NotOwnerMessage = "Hanya aparatur yang menyusunnya dapat mengubah ini.";

    public const string ReadOnlyMessage = "Peran Anda hanya dapat membaca data pendampingan, tidak mengubahnya.";

    /// <summary>Ids of the officials a mentor accompanies: assigned one by one, or through their village.</summary>
    public static IQueryable<ApplicationUser> MenteesOf(LearningDbContext db, string mentorId) =>
        db.Users.Where(u => db.MentorAssignments.Any(a => a.MentorId == mentorId
            && (a.OfficialId == u.Id || (a.VillageCode != null && a.VillageCode == u.VillageCode))));

    public static Task<bool> IsMentorOfAsync(LearningDbContext db, string mentorId, string officialId, CancellationToken ct) =>
        MenteesOf(db, mentorId).AnyAsync(u => u.Id == officialId, ct);

    /// <summary>May the actor read this official's plans, obstacles and sessions?</summary>
    public static async Task<bool> CanReadAsync(LearningDbContext db, Actor actor, string officialId, string regencyCode, CancellationToken ct)
    {
        if (actor.UserId == officialId || actor.IsAdmin) return true;
        if (actor.IsReviewer && (actor.ReviewerRegencyCode is null || actor.ReviewerRegencyCode == regencyCode)) return true;
        return actor.IsMentor && await IsMentorOfAsync(db, actor.UserId, officialId, ct);
    }

    public static async Task DemandReadAsync(LearningDbContext db, Actor actor, string officialId, string regencyCode, CancellationToken ct)
    {
        if (!await CanReadAsync(db, actor, officialId, regencyCode, ct)) throw new DomainException(RefusedMessage);
    }

    /// <summary>Review, respond, log a session: the official's own assigned mentor only.</summary>
    public static async Task DemandMentorAsync(LearningDbContext db, Actor actor, string officialId, CancellationToken ct)
    {
        if (actor.IsMentor && await IsMentorOfAsync(db, actor.UserId, officialId, ct)) return;
        throw new DomainException(actor.IsReviewer || actor.IsAdmin ? ReadOnlyMessage : RefusedMessage);
    }

    public static void DemandOwner(Actor actor, string officialId)
    {
        if (actor.UserId == officialId) return;
        throw new DomainException(actor.IsReviewer || actor.IsAdmin ? ReadOnlyMessage : NotOwnerMessage);
    }
}
