namespace SmartVillage.Domain.Competencies;

/// <summary>
/// One piece of evidence an official holds for one area, kept as a row so reports read levels instead of re-deriving
/// them from every enrollment, attendance mark, test and certificate of the province. It is a copy: the evidence
/// sources stay the truth, and an official's rows are rewritten from them whenever something that can change their
/// evidence happens (see decision 0012).
/// </summary>
public sealed class EarnedEvidence
{
    private EarnedEvidence() { }

    public EarnedEvidence(string userId, string areaCode, EvidenceKind kind, int sourceId, CompetencyLevel shows, DateTimeOffset earnedAt, string? trackCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(areaCode);
        UserId = userId;
        AreaCode = areaCode;
        Kind = kind;
        SourceId = sourceId;
        Shows = CompetencyLevels.Min(shows, EvidenceKinds.Ceiling(kind));
        EarnedAt = earnedAt;
        TrackCode = trackCode;
    }

    public string UserId { get; private set; } = "";
    public string AreaCode { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }

    /// <summary>What it came from, by kind: the course, workshop or certificate id.</summary>
    public int SourceId { get; private set; }

    /// <summary>The level this evidence shows, already capped by what its kind can prove.</summary>
    public CompetencyLevel Shows { get; private set; }

    /// <summary>When it was earned (completion, the last session attended, the grade, the issue); the report's period applies to it.</summary>
    public DateTimeOffset EarnedAt { get; private set; }

    /// <summary>The track of the course or workshop behind it; the report's track filter applies to it.</summary>
    public string? TrackCode { get; private set; }
}
