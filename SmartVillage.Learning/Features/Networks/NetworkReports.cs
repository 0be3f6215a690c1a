using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>Collaboration requests posted and met per regency, for the reviewers' dashboard.</summary>
public sealed record RegencyCollaboration(string RegencyCode, string RegencyName, int Posted, int Met);

/// <summary>
/// What the networks features give the reports: counted with GROUP BY in the database (never by loading requests).
/// Hidden requests are not counted: a moderator took them out of the programme's picture.
/// </summary>
public sealed class NetworkReports(IDbContextFactory<LearningDbContext> dbFactory)
{
    /// <param name="regencyCode">A regency reviewer's scope; null for the whole province.</param>
    public async Task<IReadOnlyList<RegencyCollaboration>> CollaborationByRegencyAsync(string? regencyCode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requests = db.CollaborationRequests.Where(r => r.Status != CollaborationStatus.Hidden);
        if (regencyCode is not null) requests = requests.Where(r => r.RegencyCode == regencyCode);
        var counts = await requests.GroupBy(r => r.RegencyCode)
            .Select(g => new { g.Key, Posted = g.Count(), Met = g.Count(r => r.Status == CollaborationStatus.Met) })
            .ToListAsync(ct);
        var names = await NetworkQueries.RegencyNamesAsync(db, ct);
        return counts.Select(c => new RegencyCollaboration(c.Key, names.GetValueOrDefault(c.Key, c.Key), c.Posted, c.Met))
            .OrderBy(c => c.RegencyCode).ToList();
    }
}
