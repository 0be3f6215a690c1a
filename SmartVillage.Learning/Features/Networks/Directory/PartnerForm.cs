using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Directory;

/// <summary>A partner as an admin or trainer edits it; areas are typed as a comma-separated list.</summary>
public sealed class PartnerForm
{
    public string Name { get; set; } = "";
    public PartnerType Type { get; set; } = PartnerType.ProvinceAgency;
    public string? Description { get; set; }
    public string Areas { get; set; } = "";
    public IReadOnlyCollection<string> RegencyCodes { get; set; } = [];
    public string ContactName { get; set; } = "";
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Website { get; set; }

    public IReadOnlyList<string> AreaList => Areas.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
