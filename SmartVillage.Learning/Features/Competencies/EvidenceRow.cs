using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// One piece of competency evidence as a query row: whose, which area, the level its mapping names (the domain caps it
/// by <see cref="EvidenceKinds.Ceiling"/> in <see cref="CompetencyEvidence"/> and <see cref="EarnedEvidence"/>), what kind,
/// the id of what it came from (course, workshop, certificate) so a profile can name it, when it was earned and the track
/// behind it (the report's period and track filters).
/// </summary>
public sealed class EvidenceRow
{
    public string UserId { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public CompetencyLevel Level { get; init; }
    public EvidenceKind Kind { get; init; }
    public int SourceId { get; init; }
    public DateTimeOffset EarnedAt { get; init; }
    public string? TrackCode { get; init; }
}
