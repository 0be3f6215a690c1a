using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Pre-test, post-test and gain per key from the stored gains (the LearningGains table, one row per official and
/// course, kept current by the graded handler): its scores already are each test's final outcome by the quiz's
/// grading method, so the report neither replays the grading rules nor reads attempts. The period applies to when
/// the row last changed (the latest grade that moved it), the nearest date the table keeps; see decision 0010.
/// </summary>
public sealed class AssessmentFigures : IAssessmentFigures
{
    public async Task<IReadOnlyDictionary<string, AssessmentAggregate>> ByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter,
        CancellationToken ct)
    {
        var gains = db.LearningGains.AsQueryable();
        if (filter.TrackCode is { } track)
        {
            var courseIds = db.Courses.Where(c => c.TrackCode == track).Select(c => c.Id);
            gains = gains.Where(g => courseIds.Contains(g.CourseId));
        }
        if (filter.FromUtcText is { } from) gains = gains.Where(g => ReportSql.Utc(g.UpdatedAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) gains = gains.Where(g => ReportSql.Utc(g.UpdatedAt).CompareTo(until) < 0);
        // Per official first (the primary key starts with UserId), then per key, like the attendance figures. Summed as REAL:
        // SQLite keeps decimals as text and EF sums them row by row in .NET (ef_sum), ten times slower at province scale;
        // scores have two decimals, so rounding the total to two decimals gives the exact sum back.
        var perUser = gains.GroupBy(g => g.UserId).Select(g => new
        {
            UserId = g.Key,
            PreSum = g.Sum(x => (double)(x.PreScore ?? 0)),
            PreCount = g.Count(x => x.PreScore != null),
            PostSum = g.Sum(x => (double)(x.PostScore ?? 0)),
            PostCount = g.Count(x => x.PostScore != null),
            GainSum = g.Sum(x => (double)(x.Gain ?? 0)),
            GainCount = g.Count(x => x.Gain != null),
        });
        var rows = await (from p in perUser
                          join o in officials on p.UserId equals o.UserId
                          group p by o.Key into g
                          select new
                          {
                              g.Key,
                              PreSum = g.Sum(x => x.PreSum), PreCount = g.Sum(x => x.PreCount),
                              PostSum = g.Sum(x => x.PostSum), PostCount = g.Sum(x => x.PostCount),
                              GainSum = g.Sum(x => x.GainSum), GainCount = g.Sum(x => x.GainCount),
                          }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new AssessmentAggregate(Exact(r.PreSum), r.PreCount, Exact(r.PostSum), r.PostCount, Exact(r.GainSum), r.GainCount),
            StringComparer.Ordinal);
    }

    private static decimal Exact(double sum) => Math.Round((decimal)sum, 2);
}
