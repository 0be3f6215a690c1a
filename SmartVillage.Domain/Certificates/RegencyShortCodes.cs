namespace SmartVillage.Domain.Certificates;

/// <summary>
/// Three-letter codes of Lampung's 15 regencies and cities for certificate numbers ({regency}), keyed by the dotted
/// Kemendagri code. The letters follow the abbreviations the provincial offices use on letters (TGM for Tanggamus).
/// </summary>
public static class RegencyShortCodes
{
    /// <summary>For a certificate with no regency (an official without a village, an online bimtek for the province).</summary>
    public const string Province = "LPG";

    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>
    {
        ["18.01"] = "LSL", // Lampung Selatan
        ["18.02"] = "LTG", // Lampung Tengah
        ["18.03"] = "LPU", // Lampung Utara
        ["18.04"] = "LBR", // Lampung Barat
        ["18.05"] = "TBW", // Tulang Bawang
        ["18.06"] = "TGM", // Tanggamus
        ["18.07"] = "LTM", // Lampung Timur
        ["18.08"] = "WKN", // Way Kanan
        ["18.09"] = "PSW", // Pesawaran
        ["18.10"] = "PRW", // Pringsewu
        ["18.11"] = "MSJ", // Mesuji
        ["18.12"] = "TBB", // Tulang Bawang Barat
        ["18.13"] = "PSB", // Pesisir Barat
        ["18.71"] = "BDL", // Kota Bandar Lampung
        ["18.72"] = "MET", // Kota Metro
    };

    /// <summary>The short code of a regency (or of the regency a district or village code lies in); the province's when unknown.</summary>
    public static string Of(string? regionCode)
    {
        if (string.IsNullOrWhiteSpace(regionCode) || regionCode.Length < 5) return Province;
        return ByCode.TryGetValue(regionCode[..5], out var code) ? code : Province;
    }
}
