using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The report as a workbook: a summary sheet, then one sheet per level (Kabupaten for the province, Kecamatan,
/// Desa) and one for mentoring and collaboration (Pendampingan, per regency), each with one header row and an
/// AutoFilter over it so a reviewer can sort and filter, and exactly one row per region under it (no total rows
/// to trip a filter or a sum; totals are on the summary sheet).
/// </summary>
public static class ReportXlsx
{
    public const string RegencySheet = "Kabupaten";
    public const string DistrictSheet = "Kecamatan";
    public const string VillageSheet = "Desa";
    public const string SummarySheet = "Ringkasan";
    public const string FieldworkSheet = "Pendampingan";

    public static byte[] Render(ReportBook book, FieldworkBook fieldwork)
    {
        var columns = ReportColumns.For(book.Areas);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 0;

            void AddSheet(string name, IReadOnlyList<string> headers, IEnumerable<IEnumerable<object?>> rows, bool filter)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                // A SAX writer keeps memory flat for the 2,651 village rows.
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    uint rowIndex = 0;
                    WriteRow(writer, ++rowIndex, headers);
                    foreach (var row in rows) WriteRow(writer, ++rowIndex, row);
                    writer.WriteEndElement();
                    if (filter) writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(headers.Count)}{rowIndex}" });
                    writer.WriteEndElement();
                }
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = name });
            }

            AddSheet(SummarySheet, ["Laporan kompetensi aparatur", book.ScopeName], Summary(book, columns).Concat(FieldworkSummary(fieldwork.Total)), filter: false);
            var figures = columns.Select(c => c.Header).ToList();
            AddSheet(RegencySheet, ["Kode", "Kabupaten/Kota", .. figures],
                book.Regencies.Select(r => Values([r.Code, r.Name], r, columns)), filter: true);
            AddSheet(DistrictSheet, ["Kode", "Kecamatan", "Kabupaten/Kota", .. figures],
                book.Districts.Select(d => Values([d.Figures.Code, d.Figures.Name, d.RegencyName], d.Figures, columns)), filter: true);
            AddSheet(VillageSheet, ["Kode", "Desa/Pekon", "Kecamatan", "Kabupaten/Kota", .. figures],
                book.Villages.Select(v => Values([v.Figures.Code, v.Figures.Name, v.DistrictName, v.RegencyName], v.Figures, columns)), filter: true);
            // One row per regency like the other sheets; the total is on the summary sheet, not under the filter.
            var fieldworkColumns = FieldworkColumns.All();
            AddSheet(FieldworkSheet, ["Kode", "Kabupaten/Kota", .. fieldworkColumns.Select(c => c.Header)],
                fieldwork.Regencies.Select(r => new object?[] { r.Code, r.Name }.Concat(fieldworkColumns.Select(c => (object?)c.Value(r.Figures)))), filter: true);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<IEnumerable<object?>> Summary(ReportBook book, IReadOnlyList<ReportColumns.Column> columns)
    {
        yield return ["Dibuat", book.GeneratedAt.ToOffset(Wib.Offset).ToString("yyyy-MM-dd HH:mm") + " WIB"];
        yield return ["Periode", ReportDocuments.PeriodText(book.Filter)];
        yield return ["Jalur", book.Filter.TrackCode ?? "Semua"];
        yield return ["Jabatan", book.Filter.Position is { } p ? SmartVillage.Domain.Accounts.OfficialPositions.Label(p) : "Semua"];
        foreach (var column in columns) yield return [column.Header, column.Value(book.Total) ?? ReportColumns.NotAvailable];
    }

    /// <summary>The dashboard's "Pendampingan dan kolaborasi" totals: obstacles per category and per status, then plans and requests.</summary>
    private static IEnumerable<IEnumerable<object?>> FieldworkSummary(FieldworkReport total)
    {
        yield return [];
        yield return ["Pendampingan dan kolaborasi (tidak mengikuti filter periode, jalur, jabatan)"];
        foreach (var row in total.Obstacles) yield return [$"Kendala {SmartVillage.Domain.Mentoring.MentoringLabels.Of(row.Category)}", row.Total];
        foreach (var status in Enum.GetValues<SmartVillage.Domain.Mentoring.ObstacleStatus>())
            yield return [$"Kendala {SmartVillage.Domain.Mentoring.MentoringLabels.Of(status).ToLowerInvariant()}", FieldworkColumns.Obstacles(total, status)];
        foreach (var column in FieldworkColumns.Activity) yield return [column.Header, column.Value(total)];
    }

    private static IEnumerable<object?> Values(object?[] leading, RegionFigures figures, IReadOnlyList<ReportColumns.Column> columns) =>
        leading.Concat(columns.Select(c => c.Value(figures) ?? ReportColumns.NotAvailable));

    private static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<object?> values)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        foreach (var value in values)
        {
            writer.WriteElement(value switch
            {
                int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
                decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
            });
        }
        writer.WriteEndElement();
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int number) => SheetWriter.ColumnName(number);
}
