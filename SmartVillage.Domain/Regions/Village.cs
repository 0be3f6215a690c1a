namespace SmartVillage.Domain.Regions;

/// <summary>A village-level unit: pekon, tiyuh, kampung, desa, or an urban kelurahan.</summary>
public sealed class Village
{
    private Village() { }

    public Village(string code, string districtCode, string name)
    {
        Code = RegionCode.Require(code, RegionLevel.Village);
        DistrictCode = RegionCode.Require(districtCode, RegionLevel.District);
        if (RegionCode.ParentOf(Code) != DistrictCode)
            throw new DomainException($"Kode desa {code} tidak berada di bawah kecamatan {districtCode}.");
        Name = name.Trim();
        IsUrbanWard = RegionCode.IsUrbanWard(Code);
    }

    public string Code { get; private set; } = "";
    public string DistrictCode { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>A kelurahan: an urban ward run by the city, told apart by a last segment starting with 1.</summary>
    public bool IsUrbanWard { get; private set; }

    public void Rename(string name) => Name = name.Trim();

    /// <summary>The word a person in this regency uses for this village, e.g. "Pekon" in Tanggamus.</summary>
    public string LocalTerm(string regencyVillageTerm) => IsUrbanWard ? "Kelurahan" : regencyVillageTerm;
}
