using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The report as a workbook (SheetWriter: every sheet a table under an AutoFilter): a summary sheet (Keterangan | Nilai), then one sheet per level (Kabupaten for the province, Kecamatan,
/// Desa) and one for mentoring and collaboration (Pendampingan, per regency), each with one styled header row frozen
/// at the top (and the code and name columns at the left), an AutoFilter over it so a reviewer can sort and filter,
/// and exactly one row per region under it (no total rows to trip a filter or a sum; totals are on the summary sheet).
/// Counts, scores and percentages are numbers with their formats (12.5 % is 0.125 shown "12.5%"); a figure not yet
/// available is an empty cell, never a "—" that would break a sum.
/// </summary>
public static class ReportXlsx
{
    public const string RegencySheet = "Kabupaten";
    public const string DistrictSheet = "Kecamatan";
    public const string VillageSheet = "Desa";
    public const string SummarySheet = "Ringkasan";
    public const string FieldworkSheet = "Pendampingan";

    private static readonly SheetColumn Code = new(16);
    private static readonly SheetColumn Name = new(28);

    public static byte[] Render(ReportBook book, FieldworkBook fieldwork)
    {
        var columns = ReportColumns.For(book.Areas);
        var figures = columns.Select(c => c.Header).ToList();
        var figureColumns = columns.Select(c => SheetColumn.Fit(c.Header, c.Style)).ToList();
        var fieldworkColumns = FieldworkColumns.All();

        return SheetWriter.Render(
        [
            new SheetContent(SummarySheet, Summary(book, columns).Concat(FieldworkSummary(fieldwork.Total)),
                Columns: [new SheetColumn(46), new SheetColumn(34)]),
            new SheetContent(RegencySheet,
                Rows(["Kode", "Kabupaten/Kota", .. figures], book.Regencies.Select(r => Values([r.Code, r.Name], r, columns))),
                Columns: [Code, Name, .. figureColumns], FrozenColumns: 2),
            new SheetContent(DistrictSheet,
                Rows(["Kode", "Kecamatan", "Kabupaten/Kota", .. figures],
                    book.Districts.Select(d => Values([d.Figures.Code, d.Figures.Name, d.RegencyName], d.Figures, columns))),
                Columns: [Code, Name, Name, .. figureColumns], FrozenColumns: 2),
            new SheetContent(VillageSheet,
                Rows(["Kode", "Desa/Pekon", "Kecamatan", "Kabupaten/Kota", .. figures],
                    book.Villages.Select(v => Values([v.Figures.Code, v.Figures.Name, v.DistrictName, v.RegencyName], v.Figures, columns))),
                Columns: [Code, Name, Name, Name, .. figureColumns], FrozenColumns: 2),
            // One row per regency like the other sheets; the total is on the summary sheet, not under the filter.
            new SheetContent(FieldworkSheet,
                Rows(["Kode", "Kabupaten/Kota", .. fieldworkColumns.Select(c => c.Header)],
                    fieldwork.Regencies.Select(r => (IReadOnlyList<object?>)[r.Code, r.Name, .. fieldworkColumns.Select(c => (object?)c.Value(r.Figures))])),
                Columns: [Code, Name, .. fieldworkColumns.Select(c => SheetColumn.Fit(c.Header, NumberStyle.Integer))],
                FrozenColumns: 2),
        ]);
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(IReadOnlyList<object?> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        new[] { header }.Concat(rows);

    private static IEnumerable<IReadOnlyList<object?>> Summary(ReportBook book, IReadOnlyList<ReportColumns.Column> columns)
    {
        yield return ["Keterangan", "Nilai"];
        yield return ["Laporan kompetensi aparatur", book.ScopeName];
        yield return ["Dibuat (WIB)", book.GeneratedAt.ToOffset(Wib.Offset).DateTime];
        yield return ["Periode", ReportDocuments.PeriodText(book.Filter)];
        yield return ["Jalur", book.Filter.TrackCode ?? "Semua"];
        yield return ["Jabatan", book.Filter.Position is { } p ? SmartVillage.Domain.Accounts.OfficialPositions.Label(p) : "Semua"];
        foreach (var column in columns) yield return [column.Header, new Styled(column.Value(book.Total), column.Style)];
    }

    /// <summary>
    /// The dashboard's "Pendampingan dan kolaborasi" totals: obstacles per category and per status, then plans and requests;
    /// rows of the same table as the figures above (no blank or heading row inside the filter), its note a row of its own.
    /// </summary>
    private static IEnumerable<IReadOnlyList<object?>> FieldworkSummary(FieldworkReport total)
    {
        yield return ["Pendampingan dan kolaborasi", "semua periode, jalur, dan jabatan (tidak mengikuti filter)"];
        foreach (var row in total.Obstacles) yield return [$"Kendala {SmartVillage.Domain.Mentoring.MentoringLabels.Of(row.Category)}", row.Total];
        foreach (var status in Enum.GetValues<SmartVillage.Domain.Mentoring.ObstacleStatus>())
            yield return [$"Kendala {SmartVillage.Domain.Mentoring.MentoringLabels.Of(status).ToLowerInvariant()}", FieldworkColumns.Obstacles(total, status)];
        foreach (var column in FieldworkColumns.Activity) yield return [column.Header, column.Value(total)];
    }

    private static IReadOnlyList<object?> Values(object?[] leading, RegionFigures figures, IReadOnlyList<ReportColumns.Column> columns) =>
        [.. leading, .. columns.Select(c => c.Value(figures))];

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int number) => SheetWriter.ColumnName(number);
}
