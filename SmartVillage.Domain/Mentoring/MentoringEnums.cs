namespace SmartVillage.Domain.Mentoring;

/// <summary>Where a work plan's money comes from.</summary>
public enum BudgetSource
{
    /// <summary>APBDes: the village budget's own revenue.</summary>
    Apbdes = 1,

    /// <summary>Dana Desa: the central government's village fund.</summary>
    DanaDesa = 2,

    /// <summary>Lainnya: a partner, CSR, the regency…</summary>
    Other = 3,
}

/// <summary>Draft → Submitted → (ChangesRequested → Submitted)* → Approved → Completed.</summary>
public enum WorkPlanStatus
{
    Draft = 1,
    Submitted = 2,
    ChangesRequested = 3,
    Approved = 4,
    Completed = 5,
}

public enum ActivityStatus
{
    NotStarted = 1,
    InProgress = 2,

    /// <summary>Behind schedule: reported by the official, not computed.</summary>
    Delayed = 3,
    Done = 4,
}

/// <summary>What happened to a plan, as kept in its review history.</summary>
public enum WorkPlanEventKind
{
    Submitted = 1,
    Resubmitted = 2,
    Comment = 3,
    ChangesRequested = 4,
    Approved = 5,
    Completed = 6,
}

public enum MentoringMode
{
    /// <summary>Kunjungan lapangan.</summary>
    Visit = 1,

    /// <summary>Telepon.</summary>
    Call = 2,

    /// <summary>Daring (video call, chat).</summary>
    Online = 3,
}

public enum ObstacleCategory
{
    Funding = 1,
    People = 2,
    Technical = 3,
    Regulation = 4,
    Coordination = 5,
}

public enum ObstacleStatus
{
    Open = 1,
    InProgress = 2,
    Resolved = 3,
}

/// <summary>The words a village office uses for each value.</summary>
public static class MentoringLabels
{
    public static string Of(BudgetSource source) => source switch
    {
        BudgetSource.Apbdes => "APBDes",
        BudgetSource.DanaDesa => "Dana Desa",
        _ => "Lainnya",
    };

    public static string Of(WorkPlanStatus status) => status switch
    {
        WorkPlanStatus.Draft => "Draf",
        WorkPlanStatus.Submitted => "Menunggu tinjauan",
        WorkPlanStatus.ChangesRequested => "Perlu perubahan",
        WorkPlanStatus.Approved => "Disetujui",
        _ => "Selesai",
    };

    public static string Of(ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => "Belum mulai",
        ActivityStatus.InProgress => "Berjalan",
        ActivityStatus.Delayed => "Terlambat",
        _ => "Selesai",
    };

    public static string Of(WorkPlanEventKind kind) => kind switch
    {
        WorkPlanEventKind.Submitted => "Diajukan",
        WorkPlanEventKind.Resubmitted => "Diajukan ulang",
        WorkPlanEventKind.Comment => "Komentar",
        WorkPlanEventKind.ChangesRequested => "Minta perubahan",
        WorkPlanEventKind.Approved => "Disetujui",
        _ => "Selesai",
    };

    public static string Of(MentoringMode mode) => mode switch
    {
        MentoringMode.Visit => "Kunjungan",
        MentoringMode.Call => "Telepon",
        _ => "Daring",
    };

    public static string Of(ObstacleCategory category) => category switch
    {
        ObstacleCategory.Funding => "Pendanaan",
        ObstacleCategory.People => "SDM",
        ObstacleCategory.Technical => "Teknis",
        ObstacleCategory.Regulation => "Regulasi",
        _ => "Koordinasi",
    };

    public static string Of(ObstacleStatus status) => status switch
    {
        ObstacleStatus.Open => "Terbuka",
        ObstacleStatus.InProgress => "Ditangani",
        _ => "Selesai",
    };
}
