namespace SmartVillage.Domain.Regions;

public enum RegionLevel
{
    Province = 1,
    Regency = 2,
    District = 3,
    Village = 4,
}
