using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Directory;

/// <summary>What the officials of a village write about it.</summary>
public sealed class VillageProfileForm
{
    public string Potential { get; set; } = "";
    public string? ContactUserId { get; set; }
    public List<InitiativeForm> Initiatives { get; set; } = [];
}

public sealed class InitiativeForm
{
    public string Title { get; set; } = "";
    public string? TrackCode { get; set; }
    public InitiativeStatus Status { get; set; } = InitiativeStatus.Running;
    public string? Note { get; set; }
}
