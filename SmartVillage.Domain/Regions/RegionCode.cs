using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Regions;

/// <summary>
/// Kemendagri region codes in dotted form: 18 (province), 18.06 (regency), 18.06.05 (district),
/// 18.06.05.2001 (village). The last segment of a village code starts with 1 for a kelurahan.
/// </summary>
public static partial class RegionCode
{
    public const string Lampung = "18";

    public static RegionLevel? LevelOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        return code.Trim() switch
        {
            var c when ProvincePattern().IsMatch(c) => RegionLevel.Province,
            var c when RegencyPattern().IsMatch(c) => RegionLevel.Regency,
            var c when DistrictPattern().IsMatch(c) => RegionLevel.District,
            var c when VillagePattern().IsMatch(c) => RegionLevel.Village,
            _ => null,
        };
    }

    public static bool IsValid(string? code, RegionLevel level) => LevelOf(code) == level;

    public static string Require(string code, RegionLevel level) =>
        IsValid(code, level)
            ? code.Trim()
            : throw new DomainException($"Kode wilayah \"{code}\" tidak valid untuk tingkat {level}.");

    public static string? ParentOf(string code)
    {
        var cut = code.LastIndexOf('.');
        return cut < 0 ? null : code[..cut];
    }

    public static string RegencyOf(string code) => code.Length >= 5 ? code[..5] : code;

    public static bool IsUrbanWard(string villageCode) =>
        IsValid(villageCode, RegionLevel.Village) && villageCode[^4] == '1';

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex ProvincePattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegencyPattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}$")]
    private static partial Regex DistrictPattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex VillagePattern();
}
