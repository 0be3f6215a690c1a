using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Regions;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>Names the mentoring pages show for ids and codes, fetched in one query each.</summary>
internal static class MentoringLookups
{
    public static async Task<Dictionary<string, string>> NamesAsync(LearningDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    public static async Task<Dictionary<string, string>> VillageNamesAsync(LearningDbContext db, IEnumerable<string?> codes, CancellationToken ct)
    {
        var list = codes.OfType<string>().Distinct().ToList();
        return await db.Villages.Where(v => list.Contains(v.Code)).ToDictionaryAsync(v => v.Code, v => v.Name, ct);
    }

    /// <summary>The official's village and its regency, needed to file a plan or an obstacle.</summary>
    public static async Task<(string VillageCode, string RegencyCode)> HomeOfAsync(LearningDbContext db, string officialId, CancellationToken ct)
    {
        var village = await db.Users.Where(u => u.Id == officialId).Select(u => u.VillageCode).SingleOrDefaultAsync(ct);
        if (village is null)
            throw new SmartVillage.Domain.DomainException("Akun Anda belum terhubung ke desa/pekon; minta admin mengisi desa Anda terlebih dahulu.");
        return (village, RegionCode.RegencyOf(village));
    }
}
