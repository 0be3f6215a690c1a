using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// Rewrites officials' <see cref="EarnedEvidence"/> rows from the evidence sources: for a few officials after
/// something changed their evidence (<see cref="EarnedEvidenceTriggers"/>), for everyone after the framework's mappings
/// change or for a database that has facts but no rows yet (decision 0012).
/// </summary>
public sealed class EarnedEvidenceRefresher(
    IDbContextFactory<LearningDbContext> dbFactory,
    IEnumerable<ICompetencyEvidenceSource> sources,
    ILogger<EarnedEvidenceRefresher> logger)
{
    /// <summary>Officials per statement: SQL Server takes at most 2,100 parameters.</summary>
    public const int BatchSize = 1000;

    private const int MaxAttempts = 5;

    private readonly IReadOnlyList<ICompetencyEvidenceSource> _sources = sources.ToList();

    public async Task RefreshAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        foreach (var batch in userIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
            await WriteAsync(batch, ct);
    }

    /// <summary>
    /// Rewrites the official's rows only when this kind of evidence differs from the stored copy: two small reads instead
    /// of every source, for the submit path, where most graded attempts change no evidence (an essay still waits, the
    /// outcome did not move, the course is not mapped).
    /// </summary>
    public async Task RefreshIfChangedAsync(string userId, EvidenceKind kind, CancellationToken ct = default)
    {
        var source = _sources.FirstOrDefault(s => s.Kind == kind);
        if (source is null) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var live = Records(await source.ForAsync(db, [userId], ct)).Select(Signature).ToHashSet(StringComparer.Ordinal);
        var stored = (await db.EarnedEvidence.AsNoTracking().Where(e => e.UserId == userId && e.Kind == kind).ToListAsync(ct)).Select(Signature);
        if (!live.SetEquals(stored)) await WriteAsync([userId], ct);
    }

    /// <summary>Every user's rows; returns how many rows were written.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        List<string> everyone;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            everyone = await db.Users.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        var written = 0;
        foreach (var batch in everyone.Chunk(BatchSize)) written += await WriteAsync(batch, ct);
        logger.LogInformation("Competency evidence rebuilt: {Rows} rows for {Users} users", written, everyone.Count);
        return written;
    }

    /// <summary>Rebuilds when the table is empty although officials already hold evidence (a database from before it existed).</summary>
    public async Task<bool> FillIfEmptyAsync(CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.EarnedEvidence.AnyAsync(ct) || !await db.CompetencyMappings.AnyAsync(ct)) return false;
            var anyFacts = await db.Enrollments.AnyAsync(e => e.CompletedAt != null, ct) || await db.LearningGains.AnyAsync(ct)
                           || await db.AttendanceMarks.AnyAsync(ct) || await db.Certificates.AnyAsync(ct)
                           || await db.CompetencyConfirmations.AnyAsync(c => c.WithdrawnAt == null, ct);
            if (!anyFacts) return false;
        }
        await RebuildAsync(ct);
        return true;
    }

    /// <summary>One row per official, area and source: a workshop mapped both by its course and its track keeps the higher level.</summary>
    private static List<EarnedEvidence> Records(IEnumerable<EvidenceRow> rows) =>
        rows.GroupBy(r => (r.UserId, r.AreaCode, r.Kind, r.SourceId))
            .Select(g => g.MaxBy(r => r.Level)!)
            .Select(r => new EarnedEvidence(r.UserId, r.AreaCode, r.Kind, r.SourceId, r.Level, r.EarnedAt, r.TrackCode))
            .ToList();

    private static string Signature(EarnedEvidence e) => $"{e.AreaCode}|{e.SourceId}|{(int)e.Shows}|{e.EarnedAt.UtcTicks}|{e.TrackCode}";

    private async Task<int> WriteAsync(string[] userIds, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                // Delete first: the write lock is taken before the facts are read, so two refreshes of one official queue
                // up instead of the second one writing what it read before the first committed.
                await db.EarnedEvidence.Where(e => userIds.Contains(e.UserId)).ExecuteDeleteAsync(ct);
                var rows = new List<EvidenceRow>();
                foreach (var source in _sources) rows.AddRange(await source.ForAsync(db, userIds, ct));
                var records = Records(rows);
                db.EarnedEvidence.AddRange(records);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return records.Count;
            }
            catch (Exception e) when (attempt < MaxAttempts && TransactionRetry.ShouldRetry(e))
            {
                // A refresh of the same official committed between our delete and insert (SQL Server locks no missing row):
                // the key refused the copy; read again.
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
        }
    }
}
