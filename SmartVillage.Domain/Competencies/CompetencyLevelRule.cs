namespace SmartVillage.Domain.Competencies;

/// <summary>
/// An official's level in an area is the highest level any of their evidence for that area shows
/// (<see cref="CompetencyEvidence.Shows"/>); no evidence means no level yet ("Belum"). The same rule runs
/// in SQL for the dashboard (MAX over the capped level), so a profile and a report never disagree.
/// </summary>
public static class CompetencyLevelRule
{
    public static CompetencyLevel? LevelOf(IEnumerable<CompetencyEvidence> evidence, string areaCode)
    {
        CompetencyLevel? best = null;
        foreach (var item in evidence)
        {
            if (!string.Equals(item.AreaCode, areaCode, StringComparison.Ordinal)) continue;
            if (best is null || item.Shows > best) best = item.Shows;
        }
        return best;
    }

    public static IReadOnlyDictionary<string, CompetencyLevel?> LevelsOf(IEnumerable<string> areaCodes, IReadOnlyCollection<CompetencyEvidence> evidence) =>
        areaCodes.ToDictionary(code => code, code => LevelOf(evidence, code), StringComparer.Ordinal);
}
