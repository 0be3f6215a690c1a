using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>Obstacles of one category in the region, by status.</summary>
public sealed record ObstacleCategoryRow(ObstacleCategory Category, int Open, int InProgress, int Resolved)
{
    public int Total => Open + InProgress + Resolved;
}

/// <summary>
/// What happens after training in the province or one regency (issue 8, item 7): obstacles by category, work plans
/// submitted, approved and completed, collaboration requests posted and met.
/// </summary>
public sealed record FieldworkReport(
    IReadOnlyList<ObstacleCategoryRow> Obstacles,
    int PlansSubmitted,
    int PlansApproved,
    int PlansCompleted,
    int RequestsPosted,
    int RequestsMet);
