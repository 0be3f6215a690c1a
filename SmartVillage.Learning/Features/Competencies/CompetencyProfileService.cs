using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>"Kompetensi saya": the signed-in official's level per area, from the same evidence sources as the reports.</summary>
public sealed class CompetencyProfileService(IDbContextFactory<LearningDbContext> dbFactory, IEnumerable<ICompetencyEvidenceSource> evidenceSources)
{
    private readonly IReadOnlyList<ICompetencyEvidenceSource> _sources = evidenceSources.ToList();

    /// <summary>Kinds of evidence the rule knows but no source provides (none since mentors confirm levels; kept so a new kind shows as not counted until its source exists).</summary>
    public IReadOnlyList<EvidenceKind> PendingKinds =>
        Enum.GetValues<EvidenceKind>().Where(k => _sources.All(s => s.Kind != k)).ToList();

    public async Task<CompetencyProfile> ForAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var evidence = new List<CompetencyEvidence>();
        foreach (var source in _sources)
        {
            var rows = (await source.ForAsync(db, [userId], ct)).DistinctBy(r => (r.AreaCode, r.Level, r.SourceId)).ToList();
            if (rows.Count == 0) continue;
            var names = await source.NamesAsync(db, rows.Select(r => r.SourceId).Distinct().ToList(), ct);
            evidence.AddRange(rows.Select(r => new CompetencyEvidence(r.AreaCode, r.Level, source.Kind, names.GetValueOrDefault(r.SourceId) ?? "", r.EarnedAt)));
        }
        var areas = await db.CompetencyAreas.OrderBy(a => a.Position).ToListAsync(ct);
        return new CompetencyProfile(areas.Select(a =>
        {
            var level = CompetencyLevelRule.LevelOf(evidence, a.Code);
            var next = level is null ? CompetencyLevel.Basic : level < CompetencyLevel.Advanced ? level + 1 : (CompetencyLevel?)null;
            return new AreaProfile(a.Code, a.Title, a.Summary, level,
                level is { } l ? a.IndicatorsFor(l) : [], next, next is { } n ? a.IndicatorsFor(n) : [],
                evidence.Where(e => e.AreaCode == a.Code).OrderByDescending(e => e.Shows).ThenBy(e => e.Description).ToList());
        }).ToList(), PendingKinds);
    }
}

public sealed record CompetencyProfile(IReadOnlyList<AreaProfile> Areas, IReadOnlyList<EvidenceKind> PendingKinds);

public sealed record AreaProfile(string Code, string Title, string Summary, CompetencyLevel? Level, IReadOnlyList<string> Indicators,
    CompetencyLevel? NextLevel, IReadOnlyList<string> NextIndicators, IReadOnlyList<CompetencyEvidence> Evidence);
