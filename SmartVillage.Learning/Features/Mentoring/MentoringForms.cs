using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>A work plan as the official types it; dates are calendar dates (no time of day).</summary>
public sealed class WorkPlanForm
{
    public string Title { get; set; } = "";
    public string Goal { get; set; } = "";
    public BudgetSource? BudgetSource { get; set; }

    /// <summary>Rupiah, whole.</summary>
    public decimal? BudgetAmount { get; set; }

    public string SuccessIndicators { get; set; } = "";
    public List<ActivityForm> Activities { get; set; } = [new()];

    /// <summary>The version the official started from; a save over a newer one is refused.</summary>
    public Guid? RowVersion { get; set; }
}

public sealed class ActivityForm
{
    public string Title { get; set; } = "";
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public string Responsible { get; set; } = "";
}

/// <summary>A progress report on one activity.</summary>
public sealed class ProgressForm
{
    public int Percent { get; set; }
    public ActivityStatus Status { get; set; } = ActivityStatus.InProgress;
    public string? Note { get; set; }
}

public sealed class ObstacleForm
{
    public ObstacleCategory? Category { get; set; }
    public string Description { get; set; } = "";
}

/// <summary>A mentoring session as the mentor logs it.</summary>
public sealed class MentoringSessionForm
{
    public string? OfficialId { get; set; }
    public DateTime? HeldOn { get; set; }
    public MentoringMode? Mode { get; set; }
    public string Notes { get; set; } = "";
    public string? NextSteps { get; set; }
    public DateTime? NextDueOn { get; set; }
}
