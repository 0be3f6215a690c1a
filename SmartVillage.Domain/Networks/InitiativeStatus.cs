namespace SmartVillage.Domain.Networks;

/// <summary>Where a village's smart-village initiative stands.</summary>
public enum InitiativeStatus
{
    Planned,
    Running,
    Done,
}

public static class InitiativeStatuses
{
    public static readonly IReadOnlyList<InitiativeStatus> All = Enum.GetValues<InitiativeStatus>();

    public static string Label(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Planned => "Direncanakan",
        InitiativeStatus.Running => "Berjalan",
        InitiativeStatus.Done => "Selesai",
        _ => status.ToString(),
    };
}
