namespace SmartVillage.Domain.Regions;

/// <summary>A kabupaten or kota of Lampung, with the word its people use for a village.</summary>
public sealed class Regency
{
    private Regency() { }

    public Regency(string code, string name, string villageTerm)
    {
        Code = RegionCode.Require(code, RegionLevel.Regency);
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Nama kabupaten/kota wajib diisi.") : name.Trim();
        VillageTerm = string.IsNullOrWhiteSpace(villageTerm) ? "Desa" : villageTerm.Trim();
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>Pekon, Tiyuh, Kampung, Desa or Kelurahan: the local name of the village level.</summary>
    public string VillageTerm { get; private set; } = "";

    public void Rename(string name, string villageTerm)
    {
        Name = name.Trim();
        VillageTerm = villageTerm.Trim();
    }
}
