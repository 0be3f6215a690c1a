using System.Globalization;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>One bar of a report chart: its name, its percentage as text ("12,5%", "—" when unknown), its bar width on a 0–100 scale.</summary>
public sealed record ReportBar(string Label, decimal? Percent, string? Detail)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public string Value => ReportColumns.Percent(Percent);

    /// <summary>The bar's width in percent of the track; a value above zero stays visible (at least a sliver) next to its number.</summary>
    public decimal Width => Percent is { } p and > 0 ? Math.Max(Math.Min(p, 100m), 0.5m) : 0m;

    /// <summary>Largest first; unknown values last; ties by name, so the order is stable.</summary>
    public static IReadOnlyList<ReportBar> Sorted(IEnumerable<(string Label, decimal? Percent, string Detail)> bars) =>
        bars.Select(b => new ReportBar(b.Label, b.Percent, b.Detail))
            .OrderByDescending(b => b.Percent.HasValue).ThenByDescending(b => b.Percent).ThenBy(b => b.Label, StringComparer.Create(Indonesian, false))
            .ToList();
}
