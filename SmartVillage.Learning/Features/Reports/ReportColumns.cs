using System.Globalization;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The columns every export shares (xlsx sheets, CSV, PDF tables): one definition, so a figure means the same
/// thing everywhere. A value is an int, a decimal (rounded to one place), a string, or null for "not yet
/// available" (written "—").
/// </summary>
public static class ReportColumns
{
    public const string NotAvailable = "—";

    /// <summary>A figure and how a spreadsheet shows it (counts, one-decimal scores, percentages).</summary>
    public sealed record Column(string Header, Func<RegionFigures, object?> Value, NumberStyle Style = NumberStyle.Integer);

    public static IReadOnlyList<Column> For(IReadOnlyList<AreaHeading> areas)
    {
        var columns = new List<Column>
        {
            new("Aparatur", f => f.Officials),
            new("Perempuan", f => f.Female),
            new("Laki-laki", f => f.Male),
            new("Ikut bimtek", f => f.Registered),
            new("% ikut bimtek", f => Round(f.PercentOfOfficials(f.Registered)), NumberStyle.Percent),
            new("Ikut kursus", f => f.Enrolled),
            new("% ikut kursus", f => Round(f.PercentOfOfficials(f.Enrolled)), NumberStyle.Percent),
            new("Selesai kursus", f => f.Completed),
            new("% selesai", f => Round(f.PercentOfOfficials(f.Completed)), NumberStyle.Percent),
            new("Bersertifikat", f => f.Certified),
            new("% bersertifikat", f => Round(f.PercentOfOfficials(f.Certified)), NumberStyle.Percent),
            new("Rata-rata pre-test", f => Round(f.Assessment?.PreTestAverage), NumberStyle.Decimal),
            new("Rata-rata post-test", f => Round(f.Assessment?.PostTestAverage), NumberStyle.Decimal),
            new("Kenaikan (gain)", f => Round(f.Assessment?.GainAverage), NumberStyle.Decimal),
            new("% kehadiran", f => Round(f.AttendanceRate), NumberStyle.Percent),
        };
        foreach (var area in areas)
        {
            foreach (var level in CompetencyLevels.All)
                columns.Add(new($"{area.Title}: {CompetencyLevels.Label(level)}", f => f.AtLevel(area.Code, level)));
            columns.Add(new($"{area.Title}: Belum", f => f.WithoutLevel(area.Code)));
        }
        return columns;
    }

    public static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    public static string Text(object? value) => value switch
    {
        null => NotAvailable,
        decimal d => d.ToString("0.0", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>"12,5%" style for people (Indonesian decimal comma); "—" when not available.</summary>
    public static string Percent(decimal? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.GetCultureInfo("id-ID")) + "%" : NotAvailable;

    public static string Score(decimal? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.GetCultureInfo("id-ID")) : NotAvailable;
}
