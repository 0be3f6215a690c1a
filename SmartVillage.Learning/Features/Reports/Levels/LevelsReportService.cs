using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Regions;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Features.Evaluations.Indicators;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Features.Reports.Levels;

/// <summary>
/// The province's four levels (Kirkpatrick) per regency: reaction (evaluation mean and response rate), learning (stored
/// gain), behaviour (mentors' active confirmations, work plans approved and completed), results (villages whose indicators a
/// mentor confirmed). Every figure is a GROUP BY in the database, run side by side; the viewer's scope is checked first, so
/// a regency reviewer reads their regency and is refused any other.
/// </summary>
public sealed class LevelsReportService(
    IDbContextFactory<LearningDbContext> dbFactory,
    EvaluationFigures evaluations,
    VillageIndicatorService indicators,
    MentoringFigures mentoring,
    TimeProvider clock)
{
    public async Task<LevelsReport> ReportAsync(Actor viewer, string? regencyCode, int? year, CancellationToken ct = default)
    {
        regencyCode = string.IsNullOrWhiteSpace(regencyCode) ? viewer.HomeRegion : regencyCode.Trim();
        if (regencyCode is not null && RegionCode.LevelOf(regencyCode) != RegionLevel.Regency) throw new DomainException("Kode kabupaten/kota tidak dikenal.");
        var now = clock.GetUtcNow();
        var indicatorYear = year ?? now.ToWib().Year;
        List<(string Code, string Name)> regencies;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!viewer.CanRead(regencyCode))
            {
                var own = viewer.ReviewerRegencyCode is { } code ? await db.Regencies.Where(r => r.Code == code).Select(r => r.Name).SingleOrDefaultAsync(ct) : null;
                viewer.Demand(regencyCode, own);
            }
            regencies = (await db.Regencies.Where(r => regencyCode == null || r.Code == regencyCode).OrderBy(r => r.Code)
                .Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name)).ToList();
        }

        var officials = Run(db => Officials(db, regencyCode).GroupBy(u => u.VillageCode!.Substring(0, 5))
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
        var gains = Run(db => (from g in db.LearningGains
                               where g.Gain != null
                               join u in Officials(db, regencyCode) on g.UserId equals u.Id
                               group g by u.VillageCode!.Substring(0, 5) into r
                               select new { r.Key, Sum = r.Sum(x => (double)x.Gain!.Value), Count = r.Count() }).ToDictionaryAsync(g => g.Key, g => (g.Sum, g.Count), ct));
        var confirmations = Run(db => (from c in db.CompetencyConfirmations
                                       where c.WithdrawnAt == null
                                       join u in Officials(db, regencyCode) on c.OfficialId equals u.Id
                                       group c by new { Regency = u.VillageCode!.Substring(0, 5), c.Level } into r
                                       select new { r.Key.Regency, r.Key.Level, Count = r.Count() }).ToListAsync(ct));
        var confirmedOfficials = Run(db => (from u in Officials(db, regencyCode)
                                            where db.CompetencyConfirmations.Any(c => c.OfficialId == u.Id && c.WithdrawnAt == null)
                                            group u by u.VillageCode!.Substring(0, 5) into r
                                            select new { r.Key, Count = r.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
        var reaction = evaluations.ByRegencyAsync(regencyCode, ct);
        var plans = mentoring.PlansAsync(regencyCode, ct);
        var results = indicators.FiguresAsync(indicatorYear, regencyCode, ct);
        await Task.WhenAll(officials, gains, confirmations, confirmedOfficials, reaction, plans, results);

        var rows = regencies.Select(r =>
        {
            var row = new LevelFigures { Code = r.Code, Name = r.Name, Officials = officials.Result.GetValueOrDefault(r.Code) };
            if (reaction.Result.FirstOrDefault(x => x.RegencyCode == r.Code) is { } re)
            {
                row.ReactionScoreSum = re.ScoreSum;
                row.ReactionScoreCount = re.ScoreCount;
                row.Responses = re.Responses;
                row.Eligible = re.Eligible;
            }
            (row.GainSum, row.GainCount) = gains.Result.GetValueOrDefault(r.Code);
            foreach (var c in confirmations.Result.Where(c => c.Regency == r.Code)) row.ConfirmationsByLevel[(int)c.Level] += c.Count;
            row.ConfirmedOfficials = confirmedOfficials.Result.GetValueOrDefault(r.Code);
            if (plans.Result.FirstOrDefault(p => p.RegencyCode == r.Code) is { } p)
            {
                row.PlansApproved = p.Approved;
                row.PlansCompleted = p.Completed;
            }
            if (results.Result.FirstOrDefault(i => i.RegencyCode == r.Code) is { } i)
            {
                row.Villages = i.Villages;
                row.VillagesConfirmed = i.VillagesConfirmed;
                foreach (var (code, count) in i.ConfirmedByIndicator) row.IndicatorVillages[code] = count;
            }
            return row;
        }).ToList();
        var scopeName = regencyCode is null ? CompetencyReportService.ProvinceName : regencies.Single().Name;
        var total = new LevelFigures { Code = regencyCode ?? "18", Name = scopeName };
        foreach (var row in rows) total.Add(row);
        return new LevelsReport(scopeName, indicatorYear, total, rows, indicators.Indicators, now);
    }

    private static IQueryable<ApplicationUser> Officials(LearningDbContext db, string? regencyCode) =>
        db.Users.Where(u => u.Position != null && u.VillageCode != null && (regencyCode == null || u.VillageCode.StartsWith(regencyCode + ".")));

    private Task<T> Run<T>(Func<LearningDbContext, Task<T>> query) => Task.Run(async () =>
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await query(db);
    });
}
