namespace SmartVillage.Learning.Shared.Events;

/// <summary>
/// The declared order of reactions to one event. A later stage reads what an earlier one wrote: certificates are issued
/// from the stored learning gain, and the stored competency evidence copies both.
/// </summary>
public static class ReactionOrder
{
    /// <summary>The raising area's own derived records (an official's stored learning gain).</summary>
    public const int Record = 100;

    /// <summary>What the change earns (certificates).</summary>
    public const int Award = 200;

    /// <summary>Copies that summarise the rest (the stored competency evidence the reports read).</summary>
    public const int Summarise = 300;

    /// <summary>Messages to people about what the change opened for them (an evaluation to fill in), once the rest is written.</summary>
    public const int Notify = 400;
}
