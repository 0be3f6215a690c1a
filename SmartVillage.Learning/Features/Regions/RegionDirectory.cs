using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Regions;

/// <summary>Regency → district → village browsing, with counts computed in the database.</summary>
public sealed class RegionDirectory(IDbContextFactory<LearningDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RegencySummary>> RegenciesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var districts = await db.Districts.GroupBy(d => d.RegencyCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var villages = await db.Villages
            .Join(db.Districts, v => v.DistrictCode, d => d.Code, (v, d) => new { d.RegencyCode, v.IsUrbanWard })
            .GroupBy(x => x.RegencyCode)
            .Select(g => new { g.Key, Count = g.Count(), Wards = g.Count(x => x.IsUrbanWard) })
            .ToDictionaryAsync(x => x.Key, ct);
        var officials = await OfficialsPerAsync(db, u => u.VillageCode!.Substring(0, 5), ct);
        var regencies = await db.Regencies.OrderBy(r => r.Code).Select(r => new { r.Code, r.Name, r.VillageTerm }).ToListAsync(ct);
        return regencies.Select(r => new RegencySummary(
            r.Code, r.Name, r.VillageTerm,
            districts.GetValueOrDefault(r.Code),
            villages.TryGetValue(r.Code, out var v) ? v.Count : 0,
            villages.TryGetValue(r.Code, out var w) ? w.Wards : 0,
            officials.GetValueOrDefault(r.Code))).ToList();
    }

    public async Task<RegencyDetail?> RegencyAsync(string regencyCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regency = await db.Regencies.Where(r => r.Code == regencyCode).Select(r => new { r.Code, r.Name, r.VillageTerm }).SingleOrDefaultAsync(ct);
        if (regency is null) return null;
        var villages = await db.Villages.Where(v => v.DistrictCode.StartsWith(regencyCode + "."))
            .GroupBy(v => v.DistrictCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var officials = await OfficialsPerAsync(db, u => u.VillageCode!.Substring(0, 8), ct, regencyCode);
        var districts = await db.Districts.Where(d => d.RegencyCode == regencyCode).OrderBy(d => d.Name)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return new RegencyDetail(regency.Code, regency.Name, regency.VillageTerm,
            districts.Select(d => new DistrictSummary(d.Code, d.Name, villages.GetValueOrDefault(d.Code), officials.GetValueOrDefault(d.Code))).ToList());
    }

    public async Task<DistrictDetail?> DistrictAsync(string districtCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var district = await db.Districts.Where(d => d.Code == districtCode)
            .Join(db.Regencies, d => d.RegencyCode, r => r.Code, (d, r) => new { d.Code, d.Name, RegencyCode = r.Code, RegencyName = r.Name, r.VillageTerm })
            .SingleOrDefaultAsync(ct);
        if (district is null) return null;
        var officials = await db.Users.Where(u => u.VillageCode != null && u.VillageCode.StartsWith(districtCode + "."))
            .GroupBy(u => u.VillageCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var villages = await db.Villages.Where(v => v.DistrictCode == districtCode).OrderBy(v => v.Name)
            .Select(v => new { v.Code, v.Name, v.IsUrbanWard }).ToListAsync(ct);
        return new DistrictDetail(district.Code, district.Name, district.RegencyCode, district.RegencyName, district.VillageTerm,
            villages.Select(v => new VillageSummary(v.Code, v.Name, v.IsUrbanWard ? "Kelurahan" : district.VillageTerm, officials.GetValueOrDefault(v.Code))).ToList());
    }

    private static Task<Dictionary<string, int>> OfficialsPerAsync(LearningDbContext db, System.Linq.Expressions.Expression<Func<ApplicationUser, string>> key, CancellationToken ct, string? within = null) =>
        db.Users.Where(u => u.VillageCode != null && (within == null || u.VillageCode.StartsWith(within + ".")))
            .GroupBy(key).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}

public sealed record RegencySummary(string Code, string Name, string VillageTerm, int Districts, int Villages, int UrbanWards, int Officials);

public sealed record RegencyDetail(string Code, string Name, string VillageTerm, IReadOnlyList<DistrictSummary> Districts);

public sealed record DistrictSummary(string Code, string Name, int Villages, int Officials);

public sealed record DistrictDetail(string Code, string Name, string RegencyCode, string RegencyName, string VillageTerm, IReadOnlyList<VillageSummary> Villages);

public sealed record VillageSummary(string Code, string Name, string LocalTerm, int Officials);
