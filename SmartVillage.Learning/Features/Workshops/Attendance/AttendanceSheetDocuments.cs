using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SmartVillage.Domain.Attendance;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Infrastructure.Pdf;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

/// <summary>
/// The daftar hadir of a workshop: a printable A4 landscape PDF (title, venue, dates, trainers; one column per
/// session date, a signature column, every seated registrant; the table header repeats on every page) for the
/// inspectorate, and the same table as an .xlsx.
/// </summary>
public static class AttendanceSheetDocuments
{
    public static string FileName(AttendanceSheet sheet, string extension)
    {
        var stem = Domain.Catalog.Slug.From(sheet.Title);
        return $"daftar-hadir-{(stem.Length > 60 ? stem[..60] : stem)}.{extension}";
    }

    /// <summary>"01/12/2026": the date a session column is headed with.</summary>
    public static string SessionDate(SheetSession session) => session.StartsAt.ToWib().ToString("dd/MM/yyyy", Wib.Indonesian);

    private static string Dates(AttendanceSheet sheet) => sheet.Sessions.Count == 0
        ? "-"
        : sheet.Sessions.Count == 1 || Wib.ShortDay(sheet.Sessions[0].StartsAt) == Wib.ShortDay(sheet.Sessions[^1].StartsAt)
            ? Wib.Day(sheet.Sessions[0].StartsAt)
            : $"{Wib.Day(sheet.Sessions[0].StartsAt)} – {Wib.Day(sheet.Sessions[^1].StartsAt)}";

    // ---- PDF ----

    private const double PageWidth = 841.89;  // A4 landscape, points
    private const double PageHeight = 595.28;
    private const double Margin = 36;
    private const double HeaderRowHeight = 30;
    private const double RowHeight = 24;

    internal static byte[] RenderPdf(AttendanceSheet sheet)
    {
        EmbeddedFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = "Daftar hadir " + sheet.Title;
        document.Info.Author = "SmartVillage Learning — Provinsi Lampung";
        document.Options.CompressContentStreams = true;

        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var title = new XFont(EmbeddedFontResolver.Sans, 14, XFontStyleEx.Bold, options);
        var text = new XFont(EmbeddedFontResolver.Sans, 9, XFontStyleEx.Regular, options);
        var bold = new XFont(EmbeddedFontResolver.Sans, 8.5, XFontStyleEx.Bold, options);
        var small = new XFont(EmbeddedFontResolver.Sans, 7.5, XFontStyleEx.Regular, options);
        var pen = new XPen(XColor.FromArgb(0x75, 0x75, 0x75), 0.5);
        var fill = new XSolidBrush(XColor.FromArgb(0xEC, 0xEF, 0xF1));

        // Columns: No, Nama, Jabatan / Desa, one per session, % hadir, Tanda tangan.
        var usable = PageWidth - 2 * Margin;
        const double numberWidth = 26, rateWidth = 44, signatureWidth = 110;
        var sessionCount = Math.Max(1, sheet.Sessions.Count);
        var sessionWidth = Math.Clamp((usable - numberWidth - rateWidth - signatureWidth - 300) / sessionCount, 34, 64);
        var nameWidth = (usable - numberWidth - rateWidth - signatureWidth - sessionWidth * sheet.Sessions.Count) * 0.55;
        var postWidth = usable - numberWidth - rateWidth - signatureWidth - sessionWidth * sheet.Sessions.Count - nameWidth;
        var widths = new List<double> { numberWidth, nameWidth, postWidth };
        widths.AddRange(sheet.Sessions.Select(_ => sessionWidth));
        widths.Add(rateWidth);
        widths.Add(signatureWidth);

        PdfPage? page = null;
        XGraphics? gfx = null;
        double y = 0;
        var pageNumber = 0;

        void NewPage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            gfx = XGraphics.FromPdfPage(page);
            pageNumber++;
            y = Margin;
            if (pageNumber == 1)
            {
                gfx.DrawString("DAFTAR HADIR", title, XBrushes.Black, new XPoint(Margin, y + 12));
                y += 20;
                gfx.DrawString(Fit(gfx, sheet.Title, title, usable), title, XBrushes.Black, new XPoint(Margin, y + 12));
                y += 22;
                foreach (var line in new[]
                         {
                             $"Tempat: {sheet.Place}, {sheet.RegencyName}",
                             $"Tanggal: {Dates(sheet)}",
                             $"Pelatih: {string.Join(", ", sheet.Trainers)}",
                             $"Keterangan: H = Hadir, T = Terlambat, I = Izin, S = Sakit, A = Alpa. Syarat selesai: kehadiran {sheet.CompletionThreshold}% dari sesi yang telah berlangsung.",
                         })
                {
                    gfx.DrawString(Fit(gfx, line, text, usable), text, XBrushes.Black, new XPoint(Margin, y + 9));
                    y += 13;
                }
                y += 6;
            }
            else
            {
                gfx.DrawString(Fit(gfx, $"Daftar hadir — {sheet.Title} (lanjutan)", bold, usable), bold, XBrushes.Black, new XPoint(Margin, y + 9));
                y += 16;
            }
            // The header row, repeated on every page.
            var x = Margin;
            var headers = new List<string> { "No", "Nama", "Jabatan / Desa" };
            headers.AddRange(sheet.Sessions.Select(SessionDate));
            headers.Add("% hadir");
            headers.Add("Tanda tangan");
            for (var i = 0; i < widths.Count; i++)
            {
                var cell = new XRect(x, y, widths[i], HeaderRowHeight);
                gfx.DrawRectangle(pen, fill, cell);
                var isSession = i >= 3 && i < 3 + sheet.Sessions.Count;
                if (isSession)
                {
                    var session = sheet.Sessions[i - 3];
                    gfx.DrawString(headers[i], small, XBrushes.Black, new XRect(x, y + 3, widths[i], 12), XStringFormats.TopCenter);
                    gfx.DrawString(Fit(gfx, $"{session.LessonHours} JP", small, widths[i] - 4), small, XBrushes.Black, new XRect(x, y + 15, widths[i], 12), XStringFormats.TopCenter);
                }
                else
                {
                    gfx.DrawString(Fit(gfx, headers[i], bold, widths[i] - 6), bold, XBrushes.Black, new XRect(x + 3, y, widths[i] - 6, HeaderRowHeight), XStringFormats.CenterLeft);
                }
                x += widths[i];
            }
            gfx.DrawString($"Halaman {pageNumber}", small, XBrushes.Gray, new XPoint(PageWidth / 2, PageHeight - Margin / 2), XStringFormats.BaseLineCenter);
            y += HeaderRowHeight;
        }

        NewPage();
        foreach (var row in sheet.Rows)
        {
            if (y + RowHeight > PageHeight - Margin) NewPage();
            var cells = new List<string> { row.Number.ToString(Wib.Indonesian), row.FullName, string.Join(" · ", new[] { row.Position, row.VillageName }.Where(s => s is not null)) };
            cells.AddRange(row.Marks.Select(m => m is { } status ? AttendanceStatuses.Letter(status) : ""));
            cells.Add(row.Rate.Held == 0 ? "–" : $"{row.Rate.Percent}%");
            cells.Add("");
            var x = Margin;
            for (var i = 0; i < widths.Count; i++)
            {
                var cell = new XRect(x, y, widths[i], RowHeight);
                gfx!.DrawRectangle(pen, cell);
                var centred = i == 0 || i >= 3;
                gfx.DrawString(Fit(gfx, cells[i], text, widths[i] - 6), text, XBrushes.Black, new XRect(x + 3, y, widths[i] - 6, RowHeight),
                    centred ? XStringFormats.Center : XStringFormats.CenterLeft);
                x += widths[i];
            }
            y += RowHeight;
        }
        if (sheet.Rows.Count == 0)
            gfx!.DrawString("Belum ada peserta terdaftar.", text, XBrushes.Black, new XPoint(Margin, y + 14));
        var generated = $"Dicetak {sheet.GeneratedAt.ToWib().ToString("d MMMM yyyy 'pukul' HH.mm", Wib.Indonesian)} WIB dari SmartVillage Learning";
        if (y + 20 > PageHeight - Margin) NewPage();
        gfx!.DrawString(generated, small, XBrushes.Gray, new XPoint(Margin, y + 16));
        gfx.Dispose();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static string Fit(XGraphics gfx, string value, XFont font, double width)
    {
        if (gfx.MeasureString(value, font).Width <= width) return value;
        var text = value;
        while (text.Length > 1 && gfx.MeasureString(text + "…", font).Width > width) text = text[..^1];
        return text.TrimEnd() + "…";
    }

    // ---- xlsx ----

    /// <summary>
    /// The same table as the PDF on one sheet (SheetWriter): the bimtek, venue, dates and trainers above it; one row per
    /// registrant under a frozen, filtered header; present and held sessions as counts, the rate as a percentage.
    /// </summary>
    internal static byte[] RenderXlsx(AttendanceSheet sheet)
    {
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            yield return ["No", "Nama", "Jabatan", "Desa", .. sheet.Sessions.Select(SessionDate), "Hadir", "Sesi berlangsung", "% hadir"];
            foreach (var row in sheet.Rows)
                yield return [row.Number, row.FullName, row.Position, row.VillageName,
                    .. row.Marks.Select(m => m is { } status ? AttendanceStatuses.Label(status) : null),
                    row.Rate.Present, row.Rate.Held, row.Rate.Percent];
        }
        return SheetWriter.Render([new SheetContent(SheetName, Rows(),
            [new SheetColumn(6, NumberStyle.Integer), new SheetColumn(28), new SheetColumn(22), new SheetColumn(24),
             .. sheet.Sessions.Select(_ => new SheetColumn(12)),
             new SheetColumn(8, NumberStyle.Integer), new SheetColumn(11, NumberStyle.Integer), new SheetColumn(10, NumberStyle.Percent)], FrozenColumns: 2)
        {
            Preamble = [["Daftar hadir", sheet.Title], ["Tempat", $"{sheet.Place}, {sheet.RegencyName}"], ["Tanggal", Dates(sheet)],
                ["Pelatih", string.Join(", ", sheet.Trainers)]],
        }]);
    }

    public const string SheetName = "Daftar hadir";
}
