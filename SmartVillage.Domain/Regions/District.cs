namespace SmartVillage.Domain.Regions;

/// <summary>A kecamatan.</summary>
public sealed class District
{
    private District() { }

    public District(string code, string regencyCode, string name)
    {
        Code = RegionCode.Require(code, RegionLevel.District);
        RegencyCode = RegionCode.Require(regencyCode, RegionLevel.Regency);
        if (RegionCode.ParentOf(Code) != RegencyCode)
            throw new DomainException($"Kode kecamatan {code} tidak berada di bawah kabupaten {regencyCode}.");
        Name = name.Trim();
    }

    public string Code { get; private set; } = "";
    public string RegencyCode { get; private set; } = "";
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name.Trim();
}
