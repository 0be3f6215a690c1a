using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Infrastructure.Pdf;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// The certificate as an A4 landscape PDF, drawn from the snapshot alone (so re-rendering gives the same text): the
/// issuing body, the number, the holder, what was completed, JP, score, date, the signatory, and a QR code of the
/// verification URL drawn as vector squares (crisp at any zoom, and a few hundred bytes instead of an image).
/// </summary>
public static class CertificateDocument
{
    private const double PageWidth = 841.89;
    private const double PageHeight = 595.28;
    private const double Margin = 28;

    private static readonly XColor Green = XColor.FromArgb(0x1B, 0x5E, 0x20);
    private static readonly XColor Gold = XColor.FromArgb(0xB8, 0x86, 0x0B);
    private static readonly XColor Grey = XColor.FromArgb(0x55, 0x55, 0x55);

    public static string FileName(CertificateSnapshot s)
    {
        var stem = Domain.Catalog.Slug.From(s.HolderName);
        return $"sertifikat-{(stem.Length > 40 ? stem[..40] : stem)}-{s.VerificationCode}.pdf";
    }

    public static byte[] Render(CertificateSnapshot s)
    {
        using var memory = new MemoryStream(48 * 1024);
        Render(s, memory);
        return memory.ToArray();
    }

    public static void Render(CertificateSnapshot s, Stream output)
    {
        EmbeddedFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Sertifikat {s.Number} — {s.HolderName}";
        document.Info.Author = s.IssuingBody;
        document.Info.Subject = s.Title;
        document.Info.CreationDate = s.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.ModificationDate = document.Info.CreationDate;
        document.Options.CompressContentStreams = true;

        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        using (var gfx = XGraphics.FromPdfPage(page)) Draw(gfx, s);
        document.Save(output, closeStream: false);
    }

    private static void Draw(XGraphics gfx, CertificateSnapshot s)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        // Two faces only (regular and bold): every face embedded is a font subset to build and ship in each PDF.
        XFont Font(double size, bool bold = false) => new(EmbeddedFontResolver.Sans, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);

        // Frame: the village green outside, the gold of the tapis cloth inside.
        gfx.DrawRectangle(new XPen(Green, 6), Margin / 2, Margin / 2, PageWidth - Margin, PageHeight - Margin);
        gfx.DrawRectangle(new XPen(Gold, 1.5), Margin, Margin, PageWidth - 2 * Margin, PageHeight - 2 * Margin);

        var width = PageWidth - 4 * Margin;
        var left = 2 * Margin;
        var y = 62.0;

        void Centered(string text, XFont font, XBrush brush, double advance)
        {
            var fitted = Fit(gfx, text, font, width);
            gfx.DrawString(text, fitted, brush, new XRect(left, y, width, fitted.Size * 1.3), XStringFormats.TopCenter);
            y += advance;
        }

        var green = new XSolidBrush(Green);
        var grey = new XSolidBrush(Grey);
        Centered(s.IssuingBody.ToUpper(CultureInfo.GetCultureInfo("id-ID")), Font(11, bold: true), green, 20);
        Centered("Program Smart Village Provinsi Lampung", Font(9.5), grey, 34);
        Centered("SERTIFIKAT", Font(34, bold: true), green, 46);
        Centered($"Nomor: {s.Number}", Font(11), XBrushes.Black, 30);
        Centered("diberikan kepada", Font(11), grey, 22);
        Centered(s.HolderName, Font(26, bold: true), XBrushes.Black, 38);
        var who = string.Join(", ", new[] { s.HolderPosition, s.VillageName, s.RegencyName }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (who.Length > 0) Centered(who, Font(11.5), XBrushes.Black, 30);
        else y += 30;
        Centered(s.Kind == CertificateKind.Course ? "yang telah menyelesaikan kursus" : "yang telah mengikuti bimbingan teknis (bimtek)", Font(11), grey, 22);
        Centered(s.Title, Font(16, bold: true), green, 28);
        var facts = $"Jalur {s.TrackTitle} · {s.LessonHours} JP (jam pelajaran)";
        if (s.ScorePercent is { } score) facts += $" · Nilai post-test {score.ToString("0.##", CultureInfo.GetCultureInfo("id-ID"))}";
        Centered(facts, Font(11), XBrushes.Black, 18);
        Centered($"Diselesaikan pada {IndonesianDate.Format(s.CompletedOn)}", Font(11), XBrushes.Black, 18);

        // Signature block, right.
        var signX = PageWidth - 2 * Margin - 250;
        var signY = 430.0;
        var body = Font(10.5);
        gfx.DrawString($"{s.IssuingPlace}, {IndonesianDate.Format(s.IssuedOn)}", body, XBrushes.Black, new XRect(signX, signY, 250, 14), XStringFormats.TopCenter);
        gfx.DrawString(s.SignatoryTitle, Fit(gfx, s.SignatoryTitle, body, 250), XBrushes.Black,
            new XRect(signX, signY + 15, 250, 14), XStringFormats.TopCenter);
        var nameFont = Fit(gfx, s.SignatoryName, Font(11, bold: true), 250);
        gfx.DrawString(s.SignatoryName, nameFont, XBrushes.Black, new XRect(signX, signY + 70, 250, 16), XStringFormats.TopCenter);
        var nameWidth = Math.Min(250, gfx.MeasureString(s.SignatoryName, nameFont).Width);
        gfx.DrawLine(new XPen(XColors.Black, 0.6), signX + 125 - nameWidth / 2, signY + 85, signX + 125 + nameWidth / 2, signY + 85);
        if (!string.IsNullOrWhiteSpace(s.SignatoryNip))
            gfx.DrawString($"NIP. {s.SignatoryNip}", Font(9.5), XBrushes.Black, new XRect(signX, signY + 88, 250, 14), XStringFormats.TopCenter);

        // QR code of the verification URL, left, with the code to type for those without a camera.
        const double qrSize = 92;
        var qrX = 2 * Margin;
        var qrY = PageHeight - 2 * Margin - qrSize - 24;
        DrawQr(gfx, s.VerifyUrl, qrX, qrY, qrSize);
        var small = Font(7.5);
        gfx.DrawString("Pindai untuk memeriksa keaslian, atau buka", small, grey, new XPoint(qrX + qrSize + 8, qrY + 30));
        gfx.DrawString(s.VerifyUrl, Fit(gfx, s.VerifyUrl, small, 280), grey, new XPoint(qrX + qrSize + 8, qrY + 41));
        gfx.DrawString($"Kode verifikasi: {VerificationCode.Display(s.VerificationCode)}", Font(8.5, bold: true), XBrushes.Black, new XPoint(qrX + qrSize + 8, qrY + 56));
    }

    /// <summary>Draws the QR code's dark modules as filled rectangles, one per horizontal run, inside a white square with the quiet zone.</summary>
    internal static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the 4-module quiet zone on every side
        var count = matrix.Count;
        var module = size / count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < count; row++)
        {
            var bits = matrix[row];
            for (var col = 0; col < count;)
            {
                if (!bits[col]) { col++; continue; }
                var start = col;
                while (col < count && bits[col]) col++;
                // A hair of overlap so no white seam shows between neighbouring runs when a viewer anti-aliases.
                gfx.DrawRectangle(XBrushes.Black, x + start * module, y + row * module, (col - start) * module + 0.05, module + 0.05);
            }
        }
    }

    /// <summary>The font at a size at which the text fits the width (one measurement, not a shrinking loop).</summary>
    private static XFont Fit(XGraphics gfx, string text, XFont font, double width)
    {
        var measured = gfx.MeasureString(text, font).Width;
        if (measured <= width) return font;
        var size = Math.Max(6, Math.Floor(font.Size * width / measured * 4) / 4);
        return new XFont(font.FontFamily.Name, size, font.Style, font.PdfOptions);
    }
}
