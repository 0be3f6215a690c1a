using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// The reaction level of one regency: the statements scored in submitted evaluations (as a sum and a count on the 1–5 scale,
/// so regencies add up to the province exactly), the responses, and who could have answered (present at a bimtek that has
/// ended, or a completed course): the response rate's two sides.
/// </summary>
public sealed record ReactionFigure(string RegencyCode, double ScoreSum, int ScoreCount, int Responses, int Eligible);

/// <summary>
/// Reaction figures per regency for the province's report, each a GROUP BY in the database (never rows loaded). No access
/// check here: the reports feature decides who reads which regency.
/// </summary>
public sealed class EvaluationFigures(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReactionFigure>> ByRegencyAsync(string? regencyCode = null, CancellationToken ct = default)
    {
        // Each figure on its own context, side by side (as the dashboard's figures): SQLite in WAL reads them at once.
        var scores = Run(async db =>
        {
            var rows = await (from a in db.EvaluationAnswers
                              join r in db.EvaluationResponses on a.ResponseId equals r.Id
                              where r.SubmittedAt != null && r.RegencyCode != null && (regencyCode == null || r.RegencyCode == regencyCode) && a.Score != null
                              join e in db.Evaluations on r.EvaluationId equals e.Id
                              group new { a.Score, e.Scale } by r.RegencyCode into g
                              select new { Code = g.Key!, Sum = g.Sum(x => 1 + (x.Score!.Value - 1) * 4.0 / (x.Scale - 1)), Count = g.Count() }).ToListAsync(ct);
            return rows.ToDictionary(r => r.Code, r => (r.Sum, r.Count));
        });
        var responses = Run(async db => await db.EvaluationResponses
            .Where(r => r.SubmittedAt != null && r.RegencyCode != null && (regencyCode == null || r.RegencyCode == regencyCode))
            .GroupBy(r => r.RegencyCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
        var nowText = ReportSql.Text(clock.GetUtcNow());
        var attended = Run(async db =>
        {
            var ended = db.Workshops.Where(w => w.Status != WorkshopStatus.Cancelled
                && !db.WorkshopSessions.Any(s => s.WorkshopId == w.Id && ReportSql.Utc(s.EndsAt).CompareTo(nowText) > 0)).Select(w => w.Id);
            return await (from r in db.Registrations
                          where r.PresentSessions > 0 && ended.Contains(r.WorkshopId)
                          join u in db.Users on r.UserId equals u.Id
                          where u.VillageCode != null && (regencyCode == null || u.VillageCode.StartsWith(regencyCode + "."))
                          group r by u.VillageCode!.Substring(0, 5) into g
                          select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        });
        var completed = Run(async db => await (from e in db.Enrollments
                                               where e.CompletedAt != null
                                               join u in db.Users on e.UserId equals u.Id
                                               where u.VillageCode != null && (regencyCode == null || u.VillageCode.StartsWith(regencyCode + "."))
                                               group e by u.VillageCode!.Substring(0, 5) into g
                                               select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
        await Task.WhenAll(scores, responses, attended, completed);
        var codes = scores.Result.Keys.Concat(responses.Result.Keys).Concat(attended.Result.Keys).Concat(completed.Result.Keys).Distinct();
        return codes.Select(code => new ReactionFigure(code,
                scores.Result.GetValueOrDefault(code).Sum, scores.Result.GetValueOrDefault(code).Count, responses.Result.GetValueOrDefault(code),
                attended.Result.GetValueOrDefault(code) + completed.Result.GetValueOrDefault(code)))
            .OrderBy(f => f.RegencyCode, StringComparer.Ordinal).ToList();
    }

    private Task<T> Run<T>(Func<LearningDbContext, Task<T>> query) => Task.Run(async () =>
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await query(db);
    });
}
