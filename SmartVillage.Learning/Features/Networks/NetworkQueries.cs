using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>Small reads the networks services share: a person's village and display names.</summary>
internal static class NetworkQueries
{
    public static Task<string?> VillageOfAsync(LearningDbContext db, string userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.VillageCode).SingleOrDefaultAsync(ct);

    /// <summary>"Siti Rahmawati · Pekon Karang Brak" for officials, the name alone for staff.</summary>
    public static async Task<Dictionary<string, string>> AuthorLabelsAsync(LearningDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var rows = await (from u in db.Users
                          where ids.Contains(u.Id)
                          join v in db.Villages on u.VillageCode equals v.Code into vs
                          from v in vs.DefaultIfEmpty()
                          join r in db.Regencies on u.VillageCode!.Substring(0, 5) equals r.Code into rs
                          from r in rs.DefaultIfEmpty()
                          select new { u.Id, u.FullName, Village = v == null ? null : v.Name, Urban = v != null && v.IsUrbanWard, Term = r == null ? null : r.VillageTerm })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.Village is null ? r.FullName : $"{r.FullName} · {(r.Urban ? "Kelurahan" : r.Term)} {r.Village}");
    }

    /// <summary>"Tiyuh Mulya Kencana" for each village code: the name in the word its regency uses.</summary>
    public static async Task<Dictionary<string, string>> VillageLabelsAsync(LearningDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        var rows = await (from v in db.Villages
                          where list.Contains(v.Code)
                          join d in db.Districts on v.DistrictCode equals d.Code
                          join r in db.Regencies on d.RegencyCode equals r.Code
                          select new { v.Code, v.Name, v.IsUrbanWard, r.VillageTerm }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Code, r => $"{(r.IsUrbanWard ? "Kelurahan" : r.VillageTerm)} {r.Name}");
    }

    public static Task<Dictionary<string, string>> RegencyNamesAsync(LearningDbContext db, CancellationToken ct) =>
        db.Regencies.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct);

    /// <summary>A LIKE pattern for "contains", with the wildcard characters a person typed taken literally.</summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    public const string LikeEscape = "\\";
}
