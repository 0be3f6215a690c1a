using System.Globalization;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>One bar of a report chart: its name, its percentage as text ("12,5%", "—" when unknown), its bar width on a 0–100 scale.</summary>
public sealed record ReportBar(string Label, decimal? Percent, string? Detail)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The competency chart's title, the same on the dashboard and in the governor's PDF.</summary>
    public const string CompetencyTitle = "Aparatur dengan tingkat kompetensi, per bidang";

    public string Value => ReportColumns.Percent(Percent);

    /// <summary>The bar's width in percent of the track; a value above zero stays visible (at least a sliver) next to its number.</summary>
    public decimal Width => Percent is { } p and > 0 ? Math.Max(Math.Min(p, 100m), 0.5m) : 0m;

    /// <summary>The completion chart's title for regions of one level ("% aparatur selesai kursus per kabupaten/kota").</summary>
    public static string CompletionTitle(string childLabel) => $"% aparatur selesai kursus per {childLabel.ToLowerInvariant()}";

    /// <summary>Largest first; unknown values last; ties by name, so the order is stable.</summary>
    public static IReadOnlyList<ReportBar> Sorted(IEnumerable<(string Label, decimal? Percent, string Detail)> bars) =>
        bars.Select(b => new ReportBar(b.Label, b.Percent, b.Detail))
            .OrderByDescending(b => b.Percent.HasValue).ThenByDescending(b => b.Percent).ThenBy(b => b.Label, StringComparer.Create(Indonesian, false))
            .ToList();

    /// <summary>Share of officials who completed a course, per child region ("Kabupaten"/"Kota" left off the names).</summary>
    public static IReadOnlyList<ReportBar> Completion(IEnumerable<RegionFigures> rows) =>
        Sorted(rows.Select(r => (Short(r.Name), r.PercentOfOfficials(r.Completed), $"{N(r.Completed)} dari {N(r.Officials)}")));

    /// <summary>
    /// Share of the region's officials with a level in each area (Dasar, Menengah and Mahir together), with the count per
    /// level as the bar's detail.
    /// </summary>
    public static IReadOnlyList<ReportBar> Competency(RegionFigures total, IEnumerable<AreaHeading> areas) =>
        Sorted(areas.Select(a => (a.Title, total.PercentOfOfficials(total.Officials - total.WithoutLevel(a.Code)),
            string.Join(" · ", CompetencyLevels.All.Select(l => $"{CompetencyLevels.Label(l)} {N(total.AtLevel(a.Code, l))}")))));

    private static string Short(string name) => name.Replace("Kabupaten ", "").Replace("Kota ", "");

    private static string N(int value) => value.ToString("N0", Indonesian);
}
