namespace SmartVillage.Domain.Networks;

/// <summary>What kind of body a partner is; the Indonesian labels are what a village office calls them.</summary>
public enum PartnerType
{
    ProvinceAgency,
    Ngo,
    University,
    Private,
}

public static class PartnerTypes
{
    public static readonly IReadOnlyList<PartnerType> All = Enum.GetValues<PartnerType>();

    public static string Label(PartnerType type) => type switch
    {
        PartnerType.ProvinceAgency => "Dinas/instansi provinsi",
        PartnerType.Ngo => "LSM/NGO",
        PartnerType.University => "Perguruan tinggi",
        PartnerType.Private => "Swasta",
        _ => type.ToString(),
    };
}
