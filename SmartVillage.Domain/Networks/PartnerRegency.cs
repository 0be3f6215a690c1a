namespace SmartVillage.Domain.Networks;

/// <summary>A regency a partner works in: a row per pair, so "partners covering Tanggamus" is an indexed lookup.</summary>
public sealed class PartnerRegency
{
    private PartnerRegency() { }

    public PartnerRegency(int partnerId, string regencyCode)
    {
        PartnerId = partnerId;
        RegencyCode = regencyCode;
    }

    public int PartnerId { get; private set; }
    public string RegencyCode { get; private set; } = "";
}
