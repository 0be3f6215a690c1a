using SmartVillage.Learning.Infrastructure.Spreadsheets;
using SmartVillage.Learning.Infrastructure.Csv;
using System.Globalization;
using System.Text;
using SmartVillage.Domain.Accounts;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The report's downloads (xlsx, PDF, CSV) for the province or one regency, authorized like the dashboard. The xlsx and PDF also
/// carry the dashboard's "Pendampingan dan kolaborasi" figures; the CSV stays the top level's training figures.
/// </summary>
public sealed class ReportDocuments(CompetencyReportService reports)
{
    public const string XlsxType = SheetWriter.ContentType;

    public async Task<(byte[] Content, string ContentType, string FileName)> RenderAsync(Actor viewer, string? regencyCode, ReportFilter filter,
        string format, CancellationToken ct = default)
    {
        var book = await reports.BookAsync(viewer, regencyCode, filter, ct);
        var name = FileName(book, format);
        return format switch
        {
            "xlsx" => (ReportXlsx.Render(book, await reports.FieldworkByRegencyAsync(viewer, regencyCode, ct)), XlsxType, name),
            "pdf" => (ReportPdf.Render(book, await reports.FieldworkByRegencyAsync(viewer, regencyCode, ct)), "application/pdf", name),
            "csv" => (Csv(book), "text/csv; charset=utf-8", name),
            _ => throw new SmartVillage.Domain.DomainException("Format laporan: xlsx, pdf, atau csv."),
        };
    }

    public static string FileName(ReportBook book, string extension)
    {
        var scope = book.ScopeName.ToLowerInvariant().Replace(' ', '-');
        return $"laporan-kompetensi-{scope}-{book.GeneratedAt.ToOffset(Wib.Offset):yyyyMMdd}.{extension}";
    }

    public static string PeriodText(ReportFilter filter)
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        return (filter.From, filter.To) switch
        {
            (null, null) => "Semua waktu",
            ({ } f, null) => $"Sejak {f.ToString("d MMM yyyy", id)}",
            (null, { } t) => $"Sampai {t.ToString("d MMM yyyy", id)}",
            ({ } f, { } t) => $"{f.ToString("d MMM yyyy", id)} – {t.ToString("d MMM yyyy", id)}",
        };
    }

    /// <summary>The top level as CSV (regencies for the province, districts for a regency), comma-separated, UTF-8 with BOM for spreadsheet apps.</summary>
    public static byte[] Csv(ReportBook book)
    {
        var columns = ReportColumns.For(book.Areas);
        var province = book.ScopeName == CompetencyReportService.ProvinceName;
        var rows = province ? book.Regencies : book.Districts.Select(d => d.Figures).ToList();
        var text = new StringBuilder();
        text.AppendLine(CsvCell.Line(new[] { "Kode", province ? "Kabupaten/Kota" : "Kecamatan" }.Concat(columns.Select(c => c.Header))));
        foreach (var row in rows)
            text.AppendLine(CsvCell.Line(new[] { row.Code, row.Name }.Concat(columns.Select(c => ReportColumns.Text(c.Value(row))))));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
