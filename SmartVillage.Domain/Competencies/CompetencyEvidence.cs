namespace SmartVillage.Domain.Competencies;

/// <summary>One piece of evidence for one area: what kind, the level its mapping names, and what it was (for the official's list).</summary>
public sealed record CompetencyEvidence(string AreaCode, CompetencyLevel MappedLevel, EvidenceKind Kind, string Description, DateTimeOffset? At = null)
{
    /// <summary>The level this evidence shows: the mapped level, capped by what its kind can prove.</summary>
    public CompetencyLevel Shows => CompetencyLevels.Min(MappedLevel, EvidenceKinds.Ceiling(Kind));
}
