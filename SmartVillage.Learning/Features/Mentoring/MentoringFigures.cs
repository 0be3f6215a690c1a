using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>Obstacles of one regency, one category and one status.</summary>
public sealed record ObstacleFigure(string RegencyCode, ObstacleCategory Category, ObstacleStatus Status, int Count);

/// <summary>
/// Work plans of one regency. Submitted counts every plan that reached a mentor (whatever happened after), Approved every plan
/// approved (completed ones included), Completed the plans whose activities are all done.
/// </summary>
public sealed record PlanFigure(string RegencyCode, int Submitted, int Approved, int Completed);

/// <summary>
/// The mentoring figures the reports read (issue 8, item 7): computed with GROUP BY in the database, never by loading rows.
/// Pass a regency code to read one regency (a scoped reviewer), or null for the province. No access check here:
/// the reports feature decides who may read which regency.
/// </summary>
public sealed class MentoringFigures(IDbContextFactory<LearningDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ObstacleFigure>> ObstaclesAsync(string? regencyCode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Obstacles.AsNoTracking();
        if (regencyCode is not null) query = query.Where(o => o.RegencyCode == regencyCode);
        var rows = await query.GroupBy(o => new { o.RegencyCode, o.Category, o.Status })
            .Select(g => new ObstacleFigure(g.Key.RegencyCode, g.Key.Category, g.Key.Status, g.Count())).ToListAsync(ct);
        return rows.OrderBy(r => r.RegencyCode, StringComparer.Ordinal).ThenBy(r => r.Category).ThenBy(r => r.Status).ToList();
    }

    public async Task<IReadOnlyList<PlanFigure>> PlansAsync(string? regencyCode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.WorkPlans.AsNoTracking();
        if (regencyCode is not null) query = query.Where(p => p.RegencyCode == regencyCode);
        var rows = await query.GroupBy(p => p.RegencyCode)
            .Select(g => new PlanFigure(g.Key,
                g.Count(p => p.Status != WorkPlanStatus.Draft),
                g.Count(p => p.Status == WorkPlanStatus.Approved || p.Status == WorkPlanStatus.Completed),
                g.Count(p => p.Status == WorkPlanStatus.Completed)))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.RegencyCode, StringComparer.Ordinal).ToList();
    }
}
