namespace SmartVillage.Domain.Networks;

/// <summary>A village asking for help (kebutuhan) or offering it (tawaran).</summary>
public enum CollaborationKind
{
    Need,
    Offer,
}

/// <summary>Open (terbuka), met (terpenuhi) by a response the poster chose, or hidden by a moderator.</summary>
public enum CollaborationStatus
{
    Open,
    Met,
    Hidden,
}

public static class CollaborationLabels
{
    public static string Label(CollaborationKind kind) => kind == CollaborationKind.Need ? "Kebutuhan" : "Tawaran";

    public static string Label(CollaborationStatus status) => status switch
    {
        CollaborationStatus.Open => "Terbuka",
        CollaborationStatus.Met => "Terpenuhi",
        CollaborationStatus.Hidden => "Disembunyikan",
        _ => status.ToString(),
    };
}
