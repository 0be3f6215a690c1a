using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SmartVillage.Learning.Infrastructure.Pdf;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The summary for the governor's office (A4 portrait): a cover, key figures with the dashboard's two bar charts drawn as
/// vectors (share of officials who completed a course per region; share with a competency level per area, with the counts
/// per level; both horizontal, sorted by value, named and labelled with their figures), then a table per
/// regency listing its districts. A page "Pendampingan dan kolaborasi" after the key figures carries the dashboard's
/// obstacles by category and status, work plans and collaboration requests (per regency too, for the province); then the
/// learning gain (pre-test → post-test) per regency (per district for a regency). Every page ends with the scope and the
/// filters the figures were made with, and "Halaman X dari Y", so a page photocopied alone still says what it shows.
/// </summary>
public static class ReportPdf
{
    private const double Width = 595, Height = 842, Margin = 40;
    private static readonly XColor Green = XColor.FromArgb(0x1B, 0x5E, 0x20);
    private static readonly XColor Gold = XColor.FromArgb(0xC8, 0x9B, 0x2C);

    public const string FieldworkHeading = "Pendampingan dan kolaborasi";
    public const string GainHeading = "Kenaikan belajar: pre-test → post-test";

    public static byte[] Render(ReportBook book, FieldworkBook fieldwork)
    {
        EmbeddedFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = "Laporan kompetensi aparatur — " + book.ScopeName;
        document.Info.Author = "SmartVillage Learning — Provinsi Lampung";
        document.Options.CompressContentStreams = true;
        var fonts = new Fonts();

        Cover(document, book, fonts);
        KeyFigures(document, book, fonts);
        Fieldwork(document, book, fieldwork, fonts);
        LearningGain(document, book, fonts);
        Tables(document, book, fonts);
        Footers(document, book, fonts);

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private sealed class Fonts
    {
        private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode);
        public readonly XFont Title = new(EmbeddedFontResolver.Sans, 22, XFontStyleEx.Bold, Options);
        public readonly XFont Heading = new(EmbeddedFontResolver.Sans, 13, XFontStyleEx.Bold, Options);
        public readonly XFont Text = new(EmbeddedFontResolver.Sans, 9.5, XFontStyleEx.Regular, Options);
        public readonly XFont Bold = new(EmbeddedFontResolver.Sans, 8, XFontStyleEx.Bold, Options);
        public readonly XFont Small = new(EmbeddedFontResolver.Sans, 7.5, XFontStyleEx.Regular, Options);
        public readonly XFont Big = new(EmbeddedFontResolver.Sans, 18, XFontStyleEx.Bold, Options);
    }

    private static XGraphics NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        return XGraphics.FromPdfPage(page);
    }

    private static void Cover(PdfDocument document, ReportBook book, Fonts f)
    {
        using var gfx = NewPage(document);
        gfx.DrawRectangle(new XSolidBrush(Green), 0, 0, Width, 260);
        gfx.DrawRectangle(new XSolidBrush(Gold), 0, 260, Width, 8);
        gfx.DrawString("LAPORAN KOMPETENSI", f.Title, XBrushes.White, new XPoint(Margin, 130));
        gfx.DrawString("APARATUR PEKON DAN DESA", f.Title, XBrushes.White, new XPoint(Margin, 160));
        gfx.DrawString("Program Smart Village — Pemerintah Provinsi Lampung", f.Text, XBrushes.White, new XPoint(Margin, 200));
        var y = 330.0;
        foreach (var (label, value) in new[]
                 {
                     ("Wilayah", book.ScopeName),
                     ("Periode", ReportDocuments.PeriodText(book.Filter)),
                     ("Jalur", book.Filter.TrackCode ?? "Semua jalur"),
                     ("Jabatan", book.Filter.Position is { } p ? SmartVillage.Domain.Accounts.OfficialPositions.Label(p) : "Semua jabatan"),
                     ("Dibuat", book.GeneratedAt.ToOffset(Wib.Offset).ToString("d MMMM yyyy HH.mm", Wib.Indonesian) + " WIB"),
                 })
        {
            gfx.DrawString(label, f.Bold, XBrushes.Gray, new XPoint(Margin, y));
            gfx.DrawString(value, f.Heading, XBrushes.Black, new XPoint(Margin, y + 18));
            y += 46;
        }
        gfx.DrawString("Untuk Kantor Gubernur Lampung. Angka dihitung dari data SmartVillage Learning pada waktu pembuatan.", f.Small, XBrushes.Gray,
            new XPoint(Margin, Height - Margin));
    }

    private static void KeyFigures(PdfDocument document, ReportBook book, Fonts f)
    {
        using var gfx = NewPage(document);
        var t = book.Total;
        gfx.DrawString("Angka utama — " + book.ScopeName, f.Heading, XBrushes.Black, new XPoint(Margin, Margin + 10));
        var boxes = new (string Label, string Value)[]
        {
            ("Aparatur", t.Officials.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))),
            ("Ikut kursus", ReportColumns.Percent(t.PercentOfOfficials(t.Enrolled))),
            ("Selesai kursus", ReportColumns.Percent(t.PercentOfOfficials(t.Completed))),
            ("Bersertifikat", ReportColumns.Percent(t.PercentOfOfficials(t.Certified))),
            ("Ikut bimtek", ReportColumns.Percent(t.PercentOfOfficials(t.Registered))),
            ("Kehadiran", ReportColumns.Percent(t.AttendanceRate)),
            ("Pre-test", ReportColumns.Score(t.Assessment?.PreTestAverage)),
            ("Post-test", ReportColumns.Score(t.Assessment?.PostTestAverage)),
        };
        var boxWidth = (Width - 2 * Margin - 3 * 8) / 4;
        for (var i = 0; i < boxes.Length; i++)
        {
            var x = Margin + i % 4 * (boxWidth + 8);
            var y = Margin + 30 + i / 4 * 62;
            gfx.DrawRectangle(new XPen(Green, 0.8), new XSolidBrush(XColor.FromArgb(0xF1, 0xF8, 0xE9)), x, y, boxWidth, 54);
            gfx.DrawString(boxes[i].Label, f.Small, XBrushes.Gray, new XPoint(x + 8, y + 14));
            gfx.DrawString(boxes[i].Value, f.Big, XBrushes.Black, new XPoint(x + 8, y + 40));
        }

        // The dashboard's two charts, from the same bars (ReportBar): largest first, each with its name and figure.
        var top = Margin + 170.0;
        var childLabel = book.ScopeName == CompetencyReportService.ProvinceName ? "Kabupaten/Kota" : "Kecamatan";
        gfx.DrawString(ReportBar.CompletionTitle(childLabel), f.Bold, XBrushes.Black, new XPoint(Margin, top));
        top = Bars(gfx, f, ReportBar.Completion(ChildRows(book)), top + 8, maxHeight: 380);

        top += 22;
        gfx.DrawString(ReportBar.CompetencyTitle, f.Bold, XBrushes.Black, new XPoint(Margin, top));
        top = Bars(gfx, f, ReportBar.Competency(t, book.Areas), top + 8, maxHeight: 160);
        gfx.DrawString("Dasar, Menengah dan Mahir dijumlahkan; jumlah per tingkat di bawah setiap batang.", f.Small, XBrushes.Gray,
            new XPoint(Margin, top + 12));
    }

    /// <summary>
    /// A horizontal bar chart as the dashboard draws it: name | bar on a 0–100 % track | figure, the detail (counts) under
    /// the bar when the rows fit in <paramref name="maxHeight"/> with it, and the scale underneath. Returns the y below it.
    /// </summary>
    private static double Bars(XGraphics gfx, Fonts f, IReadOnlyList<ReportBar> bars, double top, double maxHeight)
    {
        const double labelWidth = 130, valueWidth = 40;
        var trackX = Margin + labelWidth;
        var trackWidth = Width - 2 * Margin - labelWidth - valueWidth;
        var withDetail = bars.Count * 24 <= maxHeight;
        var rowHeight = withDetail ? 24 : Math.Min(14, maxHeight / Math.Max(1, bars.Count));
        var barHeight = Math.Min(10, rowHeight - 3);
        var light = new XPen(XColor.FromArgb(0xCC, 0xCC, 0xCC), 0.4);
        foreach (var bar in bars)
        {
            var baseline = top + barHeight - 1;
            // A long name takes a second line where the row has room for one (the detail's), else it is shortened.
            var label = withDetail ? TwoLines(gfx, bar.Label, f.Small, labelWidth - 6) : [Fit(gfx, bar.Label, f.Small, labelWidth - 6)];
            for (var line = 0; line < label.Count; line++)
                gfx.DrawString(label[line], f.Small, XBrushes.Black, new XPoint(Margin, baseline + line * 10));
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xEE, 0xF3, 0xEE)), trackX, top + 1, trackWidth, barHeight);
            gfx.DrawRectangle(new XSolidBrush(Green), trackX, top + 1, trackWidth * (double)bar.Width / 100, barHeight);
            gfx.DrawString(bar.Value, f.Bold, XBrushes.Black, new XRect(trackX + trackWidth, top, valueWidth, barHeight + 2), XStringFormats.CenterRight);
            if (withDetail && bar.Detail is not null)
                gfx.DrawString(Fit(gfx, bar.Detail, f.Small, trackWidth + valueWidth), f.Small, XBrushes.Gray, new XPoint(trackX, baseline + 10));
            top += rowHeight;
        }
        foreach (var (mark, fraction) in new[] { ("0%", 0.0), ("50%", 0.5), ("100%", 1.0) })
        {
            var x = trackX + trackWidth * fraction;
            gfx.DrawLine(light, x, top, x, top + 3);
            var markWidth = gfx.MeasureString(mark, f.Small).Width;
            gfx.DrawString(mark, f.Small, XBrushes.Gray, new XPoint(x - markWidth * fraction, top + 11));
        }
        return top + 14;
    }

    private static void Fieldwork(PdfDocument document, ReportBook book, FieldworkBook fieldwork, Fonts f)
    {
        using var gfx = NewPage(document);
        var total = fieldwork.Total;
        var id = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        gfx.DrawString($"{FieldworkHeading} — {book.ScopeName}", f.Heading, XBrushes.Black, new XPoint(Margin, Margin + 10));
        // The dashboard counts these over all time and every track and position: say so when the training figures are filtered.
        gfx.DrawString("Kendala lapangan, rencana kerja desa, dan permintaan kolaborasi; dihitung untuk semua periode, jalur, dan jabatan.",
            f.Small, XBrushes.Gray, new XPoint(Margin, Margin + 24));

        var boxes = FieldworkColumns.Activity;
        var boxWidth = (Width - 2 * Margin - (boxes.Count - 1) * 8) / boxes.Count;
        for (var i = 0; i < boxes.Count; i++)
        {
            var x = Margin + i * (boxWidth + 8);
            var y = Margin + 34;
            gfx.DrawRectangle(new XPen(Green, 0.8), new XSolidBrush(XColor.FromArgb(0xF1, 0xF8, 0xE9)), x, y, boxWidth, 62);
            var lines = TwoLines(gfx, boxes[i].Header, f.Small, boxWidth - 12);
            for (var line = 0; line < lines.Count; line++)
                gfx.DrawString(lines[line], f.Small, XBrushes.Gray, new XPoint(x + 6, y + 13 + line * 9));
            gfx.DrawString(boxes[i].Value(total).ToString("N0", id), f.Big, XBrushes.Black, new XPoint(x + 6, y + 50));
        }

        var top = Margin + 124.0;
        void Cells(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool shaded) => top = TableRow(gfx, top, cells, widths, font, shaded);

        gfx.DrawString("Kendala per kategori dan status", f.Bold, XBrushes.Black, new XPoint(Margin, top));
        top += 6;
        double[] obstacleWidths = [155, 70, 70, 70, 70];
        Cells(["Kategori", "Terbuka", "Ditangani", "Selesai", "Jumlah"], obstacleWidths, f.Bold, shaded: true);
        foreach (var row in total.Obstacles)
            Cells([SmartVillage.Domain.Mentoring.MentoringLabels.Of(row.Category), N(row.Open), N(row.InProgress), N(row.Resolved), N(row.Total)],
                obstacleWidths, f.Small, shaded: false);
        Cells(["Semua kategori", N(total.Obstacles.Sum(o => o.Open)), N(total.Obstacles.Sum(o => o.InProgress)), N(total.Obstacles.Sum(o => o.Resolved)),
            N(total.Obstacles.Sum(o => o.Total))], obstacleWidths, f.Bold, shaded: true);

        // One regency's row would repeat the figures above: the per-regency table is the province's.
        if (fieldwork.Regencies.Count < 2) return;
        top += 24;
        gfx.DrawString("Per kabupaten/kota", f.Bold, XBrushes.Black, new XPoint(Margin, top));
        top += 6;
        double[] widths = [131, 48, 48, 48, 48, 48, 48, 48, 48];
        var groupX = Margin + widths[0];
        foreach (var (label, span) in new[] { ("Kendala", 3), ("Rencana kerja", 3), ("Kolaborasi", 2) })
        {
            var spanWidth = widths.Skip(1).Take(span).Sum();
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xDC, 0xED, 0xC8)), groupX + 1, top, spanWidth - 2, 14);
            gfx.DrawString(label, f.Bold, XBrushes.Black, new XRect(groupX, top, spanWidth, 14), XStringFormats.Center);
            groupX += spanWidth;
        }
        top += 14;
        // The regular small font: the bold one does not fit "Ditangani" in a figure's column.
        Cells(["Kabupaten/Kota", "Terbuka", "Ditangani", "Selesai", "Diajukan", "Disetujui", "Selesai", "Diposting", "Terpenuhi"], widths, f.Small, shaded: true);
        string[] Row(string name, FieldworkReport r) =>
        [
            name, N(r.Obstacles.Sum(o => o.Open)), N(r.Obstacles.Sum(o => o.InProgress)), N(r.Obstacles.Sum(o => o.Resolved)),
            N(r.PlansSubmitted), N(r.PlansApproved), N(r.PlansCompleted), N(r.RequestsPosted), N(r.RequestsMet),
        ];
        foreach (var regency in fieldwork.Regencies) Cells(Row(regency.Name, regency.Figures), widths, f.Small, shaded: false);
        Cells(Row("Provinsi", total), widths, f.Bold, shaded: true);

        string N(int value) => value.ToString("N0", id);
    }

    private static IReadOnlyList<RegionFigures> ChildRows(ReportBook book) =>
        book.ScopeName == CompetencyReportService.ProvinceName ? book.Regencies : book.Districts.Select(d => d.Figures).ToList();

    /// <summary>The learning gain per child region: average pre-test, post-test and their difference, the scope's line last.</summary>
    private static void LearningGain(PdfDocument document, ReportBook book, Fonts f)
    {
        using var gfx = NewPage(document);
        gfx.DrawString($"{GainHeading} — {book.ScopeName}", f.Heading, XBrushes.Black, new XPoint(Margin, Margin + 10));
        gfx.DrawString("Rata-rata nilai (0–100) aparatur yang mengerjakan pre-test dan post-test kursus; kenaikan = post-test − pre-test.",
            f.Small, XBrushes.Gray, new XPoint(Margin, Margin + 24));
        double[] widths = [215, 100, 100, 100];
        var top = Margin + 40.0;
        void Cells(IReadOnlyList<string> cells, XFont font, bool shaded) => top = TableRow(gfx, top, cells, widths, font, shaded);
        static string[] Row(string name, RegionFigures r) =>
        [
            name, ReportColumns.Score(r.Assessment?.PreTestAverage), ReportColumns.Score(r.Assessment?.PostTestAverage),
            r.Assessment?.GainAverage is { } gain ? (gain > 0 ? "+" : "") + ReportColumns.Score(gain) : ReportColumns.NotAvailable,
        ];
        var childLabel = book.ScopeName == CompetencyReportService.ProvinceName ? "Kabupaten/Kota" : "Kecamatan";
        Cells([childLabel, "Pre-test", "Post-test", "Kenaikan"], f.Bold, shaded: true);
        foreach (var row in ChildRows(book).OrderByDescending(r => r.Assessment?.GainAverage ?? decimal.MinValue).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            if (top + 14 > Height - Margin - 20) break;
            Cells(Row(row.Name, row), f.Small, shaded: false);
        }
        Cells(Row(book.ScopeName, book.Total), f.Bold, shaded: true);
    }

    /// <summary>
    /// One 14 pt row of a small table at <paramref name="top"/>: the name left, every figure right, all centred on the same
    /// line so the row reads back (and copies) left to right; shaded for a header or a total. Returns the y under it.
    /// </summary>
    private static double TableRow(XGraphics gfx, double top, IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool shaded)
    {
        if (shaded) gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xEC, 0xEF, 0xF1)), Margin, top, widths.Sum(), 14);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = Fit(gfx, cells[i], font, widths[i] - 4);
            if (i == 0) gfx.DrawString(text, font, XBrushes.Black, new XRect(x + 2, top, widths[i] - 2, 14), XStringFormats.CenterLeft);
            else gfx.DrawString(text, font, XBrushes.Black, new XRect(x, top, widths[i] - 3, 14), XStringFormats.CenterRight);
            x += widths[i];
        }
        return top + 14;
    }

    /// <summary>Scope, filters and "Halaman X dari Y" at the foot of every page, drawn once the page count is known.</summary>
    private static void Footers(PdfDocument document, ReportBook book, Fonts f)
    {
        var filters = string.Join(" · ",
            book.ScopeName,
            "Periode: " + ReportDocuments.PeriodText(book.Filter),
            "Jalur: " + (book.Filter.TrackCode ?? "semua"),
            "Jabatan: " + (book.Filter.Position is { } p ? SmartVillage.Domain.Accounts.OfficialPositions.Label(p) : "semua"));
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var number = $"Halaman {i + 1} dari {count}";
            var numberWidth = gfx.MeasureString(number, f.Small).Width;
            gfx.DrawLine(new XPen(XColor.FromArgb(0xCC, 0xCC, 0xCC), 0.5), Margin, Height - 28, Width - Margin, Height - 28);
            gfx.DrawString(Fit(gfx, filters, f.Small, Width - 2 * Margin - numberWidth - 12), f.Small, XBrushes.Gray, new XPoint(Margin, Height - 18));
            gfx.DrawString(number, f.Small, XBrushes.Gray, new XPoint(Width - Margin - numberWidth, Height - 18));
        }
    }

    private static void Tables(PdfDocument document, ReportBook book, Fonts f)
    {
        string[] headers = ["Kecamatan", "Aparatur", "Kursus", "Selesai", "Sertifikat", "Bimtek", "Hadir", "Pre", "Post"];
        double[] widths = [155, 50, 45, 45, 50, 45, 45, 40, 40];
        XGraphics? gfx = null;
        var y = 0.0;
        void Page()
        {
            gfx?.Dispose();
            gfx = NewPage(document);
            y = Margin;
        }
        void Row(IReadOnlyList<string> cells, XFont font, bool shaded)
        {
            if (shaded) gfx!.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xEC, 0xEF, 0xF1)), Margin, y, widths.Sum(), 14);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var text = Fit(gfx!, cells[i], font, widths[i] - 4);
                if (i == 0) gfx!.DrawString(text, font, XBrushes.Black, new XPoint(x + 2, y + 10));
                else gfx!.DrawString(text, font, XBrushes.Black, new XRect(x, y, widths[i] - 3, 14), XStringFormats.CenterRight);
                x += widths[i];
            }
            y += 14;
        }
        static string[] Cells(RegionFigures r) =>
        [
            r.Name, r.Officials.ToString(), ReportColumns.Percent(r.PercentOfOfficials(r.Enrolled)), ReportColumns.Percent(r.PercentOfOfficials(r.Completed)),
            ReportColumns.Percent(r.PercentOfOfficials(r.Certified)), ReportColumns.Percent(r.PercentOfOfficials(r.Registered)),
            ReportColumns.Percent(r.AttendanceRate), ReportColumns.Score(r.Assessment?.PreTestAverage), ReportColumns.Score(r.Assessment?.PostTestAverage),
        ];

        Page();
        var districts = book.Districts.ToLookup(d => d.Figures.Code[..5]);
        foreach (var regency in book.Regencies)
        {
            var list = districts[regency.Code].Select(d => d.Figures).ToList();
            if (y + 14 * (list.Count + 3) + 20 > Height - Margin - 20 && y > Margin) Page();
            gfx!.DrawString(regency.Name, f.Heading, XBrushes.Black, new XPoint(Margin, y + 12));
            y += 20;
            Row(headers, f.Bold, shaded: true);
            foreach (var district in list)
            {
                if (y + 14 > Height - Margin - 20)
                {
                    Page();
                    Row(headers, f.Bold, shaded: true);
                }
                Row(Cells(district), f.Small, shaded: false);
            }
            var total = Cells(regency);
            total[0] = "Jumlah";
            Row(total, f.Bold, shaded: true);
            y += 14;
        }
        gfx?.Dispose();
    }

    /// <summary>A label over at most two lines, broken at a space; the second line is shortened if it still does not fit.</summary>
    private static IReadOnlyList<string> TwoLines(XGraphics gfx, string value, XFont font, double width)
    {
        if (gfx.MeasureString(value, font).Width <= width) return [value];
        for (var space = value.LastIndexOf(' '); space > 0; space = value.LastIndexOf(' ', space - 1))
            if (gfx.MeasureString(value[..space], font).Width <= width)
                return [value[..space], Fit(gfx, value[(space + 1)..], font, width)];
        return [Fit(gfx, value, font, width)];
    }

    private static string Fit(XGraphics gfx, string value, XFont font, double width)
    {
        if (gfx.MeasureString(value, font).Width <= width) return value;
        while (value.Length > 1 && gfx.MeasureString(value + "…", font).Width > width) value = value[..^1];
        return value + "…";
    }
}
