using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Mentoring;

public sealed record PlanSummary(int Id, string Title, string OfficialName, string VillageName, WorkPlanStatus Status, int Percent,
    DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt);

public sealed record PlanDetail(int Id, string OfficialId, string OfficialName, string VillageName, WorkPlanStatus Status, string Title, string Goal,
    BudgetSource BudgetSource, decimal BudgetAmount, string SuccessIndicators, Guid RowVersion, int Percent,
    IReadOnlyList<ActivityView> Activities, IReadOnlyList<PlanEventView> Events, bool CanEdit, bool CanReview, bool CanReport)
{
    public WorkPlanForm ToForm() => new()
    {
        Title = Title, Goal = Goal, BudgetSource = BudgetSource, BudgetAmount = BudgetAmount, SuccessIndicators = SuccessIndicators, RowVersion = RowVersion,
        Activities = Activities.Select(a => new ActivityForm
        {
            Title = a.Title, StartsOn = a.StartsOn.ToDateTime(TimeOnly.MinValue), EndsOn = a.EndsOn.ToDateTime(TimeOnly.MinValue), Responsible = a.Responsible,
        }).ToList(),
    };
}

public sealed record ActivityView(int Id, string Title, DateOnly StartsOn, DateOnly EndsOn, string Responsible, int Percent, ActivityStatus Status,
    IReadOnlyList<ProgressView> Reports);

public sealed record ProgressView(int Percent, ActivityStatus Status, string? Note, string ReporterName, DateTimeOffset At);

public sealed record PlanEventView(WorkPlanEventKind Kind, string AuthorName, WorkPlanStatus? From, WorkPlanStatus To, string? Note, DateTimeOffset At);

public sealed record ObstacleSummary(int Id, string OfficialId, string OfficialName, string VillageName, ObstacleCategory Category, string Description,
    ObstacleStatus Status, DateTimeOffset OpenedAt, int DaysOpen);

public sealed record ObstacleDetail(int Id, string OfficialId, string OfficialName, string VillageName, ObstacleCategory Category, string Description,
    ObstacleStatus Status, DateTimeOffset OpenedAt, int DaysOpen, IReadOnlyList<ObstacleEntryView> History, bool CanRespond);

public sealed record ObstacleEntryView(string AuthorName, ObstacleStatus? From, ObstacleStatus To, string? Note, DateTimeOffset At)
{
    public bool IsStatusChange => From is { } from && from != To;
}

public sealed record MenteeRow(string Id, string FullName, string? Position, string VillageName, WorkPlanStatus? LatestPlan, int OpenObstacles, bool ViaVillage);

public sealed record SessionDue(string OfficialId, string OfficialName, DateOnly DueOn, int DaysLeft);

public sealed record SessionView(int Id, string OfficialName, DateOnly HeldOn, MentoringMode Mode, string Notes, string? NextSteps, DateOnly? NextDueOn);

public sealed record MentorHome(IReadOnlyList<MenteeRow> Officials, IReadOnlyList<PlanSummary> WaitingForReview, IReadOnlyList<ObstacleSummary> OpenObstacles,
    IReadOnlyList<SessionDue> SessionsDue);

public sealed record MenteeDetail(string Id, string FullName, string? Position, string VillageName, IReadOnlyList<PlanSummary> Plans,
    IReadOnlyList<ObstacleSummary> Obstacles, IReadOnlyList<SessionView> Sessions);

public sealed record AssignmentRow(int Id, string? OfficialId, string? VillageCode, string Label, string Detail);

public sealed record PersonOption(string Id, string FullName, string? Detail);

internal static class PositionText
{
    public static string? Of(OfficialPosition? position) => position is { } p ? OfficialPositions.Label(p) : null;
}
