using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>A mentor's confirmation of one official's level in one area, as typed in the panel.</summary>
public sealed class CompetencyConfirmationForm
{
    public string? AreaCode { get; set; }
    public CompetencyLevel? Level { get; set; }

    /// <summary>What the mentor saw the official do.</summary>
    public string Note { get; set; } = "";
}
