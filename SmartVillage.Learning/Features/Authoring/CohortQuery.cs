using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>The officials a cohort filter chooses (region by code prefix, village, position), for courses and workshops alike.</summary>
internal static class CohortQuery
{
    public static IQueryable<ApplicationUser> Officials(LearningDbContext db, CohortFilter filter)
    {
        var officials = db.Users.Where(u => u.VillageCode != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Official)));
        if (filter.VillageCode is { } village) officials = officials.Where(u => u.VillageCode == village);
        else if (filter.RegionCode is { } region)
        {
            var prefix = region + ".";
            officials = officials.Where(u => u.VillageCode!.StartsWith(prefix));
        }
        if (filter.Position is { } position) officials = officials.Where(u => u.Position == position);
        return officials;
    }
}
