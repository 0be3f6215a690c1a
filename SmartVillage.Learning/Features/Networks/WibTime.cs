using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>"12 Jan 2026, 08.15 WIB": when a post was written, as a village office reads it.</summary>
public static class WibTime
{
    public static string Of(DateTimeOffset at) => at.ToOffset(Wib.Offset).ToString("d MMM yyyy, HH.mm", Wib.Indonesian) + " WIB";
}
