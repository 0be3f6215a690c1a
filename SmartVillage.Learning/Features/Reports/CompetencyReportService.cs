using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Regions;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The reviewers' competency and training report: province → regency → district → village → official, every
/// figure counted in the database with GROUP BY over the officials in scope (<see cref="ReportQueries"/>).
/// Every call checks the viewer's scope first (<see cref="Actor.Demand"/>).
/// </summary>
public sealed class CompetencyReportService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IAssessmentFigures assessments,
    ICertificateFigures certificates,
    MentoringFigures mentoring,
    NetworkReports networks,
    TimeProvider clock)
{
    public const string ProvinceName = "Provinsi Lampung";

    /// <summary>The province (code null), a regency or a district, with one row per child region.</summary>
    public async Task<RegionReport> RegionAsync(Actor viewer, string? code, ReportFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, viewer, code, ct);
        var level = code is null ? RegionLevel.Province : RegionCode.LevelOf(code);
        var (children, childLabel, keyLength) = level switch
        {
            RegionLevel.Province => (await db.Regencies.OrderBy(r => r.Code).Select(r => new RegionCrumb(r.Code, r.Name)).ToListAsync(ct), "Kabupaten/Kota", 5),
            RegionLevel.Regency => (await db.Districts.Where(d => d.RegencyCode == code).OrderBy(d => d.Name).Select(d => new RegionCrumb(d.Code, d.Name)).ToListAsync(ct),
                "Kecamatan", 8),
            RegionLevel.District => (await db.Villages.Where(v => v.DistrictCode == code).OrderBy(v => v.Name).Select(v => new RegionCrumb(v.Code, v.Name)).ToListAsync(ct),
                await VillageTermAsync(db, code!, ct), 13),
            _ => throw new DomainException("Pilih provinsi, kabupaten/kota, atau kecamatan; desa dibuka sebagai daftar aparatur."),
        };
        var trail = await TrailAsync(db, code, ct);
        var figures = await ReportQueries.FiguresAsync(dbFactory, assessments, certificates, code, keyLength, filter, ct);
        var rows = children.Select(c => Named(figures.GetValueOrDefault(c.Code!) ?? Empty(c.Code!), c.Name)).ToList();
        var total = Sum(code ?? "18", trail[^1].Name, rows);
        return new RegionReport(level!.Value, code, trail[^1].Name, childLabel, trail, total, rows, await AreasAsync(db, ct));
    }

    /// <summary>A village: one row per official, with their level in each area.</summary>
    public async Task<VillageReport> VillageAsync(Actor viewer, string villageCode, ReportFilter filter, CancellationToken ct = default)
    {
        if (RegionCode.LevelOf(villageCode) != RegionLevel.Village) throw new DomainException("Kode desa tidak dikenal.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, viewer, villageCode, ct);
        var trail = await TrailAsync(db, villageCode, ct);
        var figures = await ReportQueries.FiguresAsync(dbFactory, assessments, certificates, villageCode, keyLength: 0, filter, ct);
        var people = await db.Users.Where(u => u.VillageCode == villageCode && u.Position != null && (filter.Position == null || u.Position == filter.Position))
            .OrderBy(u => u.Position).ThenBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Position, u.Gender }).ToListAsync(ct);
        var areas = await AreasAsync(db, ct);
        var rows = people.Select(p =>
        {
            var f = Named(figures.GetValueOrDefault(p.Id) ?? Empty(p.Id), p.FullName);
            var levels = areas.ToDictionary(a => a.Code, a => LevelOf(f, a.Code));
            return new OfficialReportRow(f, p.Position, p.Gender, levels);
        }).ToList();
        var total = Sum(villageCode, trail[^1].Name, rows.Select(r => r.Figures));
        return new VillageReport(villageCode, trail[^1].Name, trail, total, rows, areas);
    }

    /// <summary>Everything the xlsx needs for the province (regency null) or one regency: villages counted once in SQL, rolled up here.</summary>
    public async Task<ReportBook> BookAsync(Actor viewer, string? regencyCode, ReportFilter filter, CancellationToken ct = default)
    {
        if (regencyCode is not null && RegionCode.LevelOf(regencyCode) != RegionLevel.Regency) throw new DomainException("Kode kabupaten/kota tidak dikenal.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, viewer, regencyCode, ct);
        var figures = await ReportQueries.FiguresAsync(dbFactory, assessments, certificates, regencyCode, keyLength: 13, filter, ct);
        var regencies = await db.Regencies.Where(r => regencyCode == null || r.Code == regencyCode).OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var districts = await db.Districts.Where(d => regencyCode == null || d.RegencyCode == regencyCode)
            .Select(d => new { d.Code, d.Name, d.RegencyCode }).ToListAsync(ct);
        var villages = await db.Villages.Where(v => regencyCode == null || v.DistrictCode.StartsWith(regencyCode + "."))
            .Select(v => new { v.Code, v.Name, v.DistrictCode }).ToListAsync(ct);
        var regencyNames = regencies.ToDictionary(r => r.Code, r => r.Name);
        var districtNames = districts.ToDictionary(d => d.Code, d => d.Name);

        var villageRows = villages
            .Select(v => (RegencyName: regencyNames[v.DistrictCode[..5]], DistrictName: districtNames[v.DistrictCode],
                Figures: Named(figures.GetValueOrDefault(v.Code) ?? Empty(v.Code), v.Name)))
            .OrderBy(v => v.Figures.Code, StringComparer.Ordinal).ToList();
        var byDistrict = villageRows.ToLookup(v => v.Figures.Code[..8]);
        var districtRows = districts.OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => (RegencyName: regencyNames[d.RegencyCode], Figures: Sum(d.Code, d.Name, byDistrict[d.Code].Select(v => v.Figures)))).ToList();
        var byRegency = districtRows.ToLookup(d => d.Figures.Code[..5]);
        var regencyRows = regencies.Select(r => Sum(r.Code, r.Name, byRegency[r.Code].Select(d => d.Figures))).ToList();
        var scopeName = regencyCode is null ? ProvinceName : regencyNames[regencyCode];
        return new ReportBook(scopeName, Sum(regencyCode ?? "18", scopeName, regencyRows), regencyRows, districtRows, villageRows,
            await AreasAsync(db, ct), filter, clock.GetUtcNow());
    }

    /// <summary>The regions a viewer starts from: the province, or their regency.</summary>
    public async Task<string?> HomeAsync(Actor viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, viewer, viewer.HomeRegion, ct);
        return viewer.HomeRegion;
    }

    public async Task<IReadOnlyList<RegionCrumb>> TracksAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Tracks.OrderBy(t => t.Code).Select(t => new RegionCrumb(t.Code, t.Title)).ToListAsync(ct);
    }

    /// <summary>
    /// Obstacles, work plans and collaboration requests of the province (code null) or of the regency the code lies in;
    /// the same scope check as the dashboard.
    /// </summary>
    public async Task<FieldworkReport> FieldworkAsync(Actor viewer, string? code, CancellationToken ct = default) =>
        (await FieldworkByRegencyAsync(viewer, code is null ? null : code[..Math.Min(5, code.Length)], ct)).Total;

    /// <summary>
    /// The same figures for the exports, one row per regency in scope (the province's 15, or the one regency) and their total,
    /// from the same per-regency GROUP BY queries; the same scope check as the dashboard.
    /// </summary>
    public async Task<FieldworkBook> FieldworkByRegencyAsync(Actor viewer, string? regencyCode, CancellationToken ct = default)
    {
        if (regencyCode is not null && RegionCode.LevelOf(regencyCode) != RegionLevel.Regency) throw new DomainException("Kode kabupaten/kota tidak dikenal.");
        List<(string Code, string Name)> regencies;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await DemandAsync(db, viewer, regencyCode, ct);
            regencies = (await db.Regencies.Where(r => regencyCode == null || r.Code == regencyCode).OrderBy(r => r.Code)
                .Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name)).ToList();
        }
        var obstacles = await mentoring.ObstaclesAsync(regencyCode, ct);
        var plans = await mentoring.PlansAsync(regencyCode, ct);
        var requests = await networks.CollaborationByRegencyAsync(regencyCode, ct);
        var rows = regencies.Select(r => new RegencyFieldwork(r.Code, r.Name, Fieldwork(
                obstacles.Where(o => o.RegencyCode == r.Code).ToList(), plans.Where(p => p.RegencyCode == r.Code).ToList(),
                requests.Where(q => q.RegencyCode == r.Code).ToList())))
            .ToList();
        return new FieldworkBook(Fieldwork(obstacles, plans, requests), rows);
    }

    private static FieldworkReport Fieldwork(IReadOnlyList<ObstacleFigure> obstacles, IReadOnlyList<PlanFigure> plans, IReadOnlyList<RegencyCollaboration> requests)
    {
        int Count(ObstacleCategory category, ObstacleStatus status) =>
            obstacles.Where(o => o.Category == category && o.Status == status).Sum(o => o.Count);
        var rows = Enum.GetValues<ObstacleCategory>()
            .Select(c => new ObstacleCategoryRow(c, Count(c, ObstacleStatus.Open), Count(c, ObstacleStatus.InProgress), Count(c, ObstacleStatus.Resolved)))
            .ToList();
        return new FieldworkReport(rows, plans.Sum(p => p.Submitted), plans.Sum(p => p.Approved), plans.Sum(p => p.Completed),
            requests.Sum(r => r.Posted), requests.Sum(r => r.Met));
    }

    private static async Task DemandAsync(LearningDbContext db, Actor viewer, string? code, CancellationToken ct)
    {
        if (viewer.CanRead(code)) return;
        var name = viewer.ReviewerRegencyCode is { } own ? await db.Regencies.Where(r => r.Code == own).Select(r => r.Name).SingleOrDefaultAsync(ct) : null;
        viewer.Demand(code, name);
    }

    private static CompetencyLevel? LevelOf(RegionFigures official, string area)
    {
        for (var level = CompetencyLevel.Advanced; level >= CompetencyLevel.Basic; level--)
            if (official.AtLevel(area, level) > 0) return level;
        return null;
    }

    private static async Task<IReadOnlyList<AreaHeading>> AreasAsync(LearningDbContext db, CancellationToken ct) =>
        await db.CompetencyAreas.OrderBy(a => a.Position).Select(a => new AreaHeading(a.Code, a.Title)).ToListAsync(ct);

    private static async Task<string> VillageTermAsync(LearningDbContext db, string districtCode, CancellationToken ct) =>
        await db.Regencies.Where(r => r.Code == districtCode.Substring(0, 5)).Select(r => r.VillageTerm).SingleOrDefaultAsync(ct) ?? "Desa";

    private static async Task<IReadOnlyList<RegionCrumb>> TrailAsync(LearningDbContext db, string? code, CancellationToken ct)
    {
        var trail = new List<RegionCrumb> { new(null, ProvinceName) };
        if (code is null) return trail;
        var regency = await db.Regencies.Where(r => r.Code == code.Substring(0, 5)).Select(r => r.Name).SingleOrDefaultAsync(ct);
        if (regency is null || code.Length < 5) throw new DomainException("Wilayah tidak ditemukan.");
        trail.Add(new RegionCrumb(code[..5], regency));
        if (code.Length >= 8)
        {
            var district = await db.Districts.Where(d => d.Code == code.Substring(0, 8)).Select(d => d.Name).SingleOrDefaultAsync(ct)
                           ?? throw new DomainException("Wilayah tidak ditemukan.");
            trail.Add(new RegionCrumb(code[..8], "Kec. " + district));
        }
        if (code.Length == 13)
        {
            var village = await db.Villages.Where(v => v.Code == code).Select(v => v.Name).SingleOrDefaultAsync(ct)
                          ?? throw new DomainException("Wilayah tidak ditemukan.");
            trail.Add(new RegionCrumb(code, village));
        }
        return trail;
    }

    private RegionFigures Empty(string code) => new()
    {
        Code = code,
        Certified = 0,
        Assessment = AssessmentAggregate.Empty,
    };

    private static RegionFigures Named(RegionFigures figures, string name)
    {
        figures.Name = name;
        return figures;
    }

    private RegionFigures Sum(string code, string name, IEnumerable<RegionFigures> rows)
    {
        var total = Empty(code);
        total.Name = name;
        foreach (var row in rows) total.Add(row);
        return total;
    }
}
