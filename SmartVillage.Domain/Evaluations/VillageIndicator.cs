namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// One village indicator of the results level (Kirkpatrick level 4), from the short list in content/indicators: e.g.
/// "layanan-daring" (administrative services online), "situs-web" (village website active), "sid" (SID in use).
/// </summary>
public sealed record VillageIndicator(string Code, string Title, string Description);
