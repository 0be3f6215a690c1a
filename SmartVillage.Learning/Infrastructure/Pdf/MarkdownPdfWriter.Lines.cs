using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Infrastructure.Pdf;

/// <summary>Inline layout: runs broken into lines that fit, then drawn with their fonts, colours and list markers.</summary>
public sealed partial class MarkdownPdfWriter
{
    // ---- inline layout -----------------------------------------------------------------------------

    private sealed class Piece(string text, XFont font, XBrush brush, bool strike, double x, double width)
    {
        public string Text { get; set; } = text;
        public XFont Font { get; } = font;
        public XBrush Brush { get; } = brush;
        public bool Strike { get; } = strike;
        public double X { get; } = x;
        public double Width { get; set; } = width;
    }

    private sealed class Line
    {
        public List<Piece> Pieces { get; } = [];
        public double Width { get; set; }
        public double Height { get; set; }
        public double Ascent { get; set; }
        public double FontHeight { get; set; }
    }

    private readonly record struct Fragment(string Text, XFont Font, XBrush Brush, bool Strike);

    /// <summary>Breaks runs into lines no wider than <paramref name="width"/>: between words where possible, inside a word only when it alone is too wide.</summary>
    private List<Line> LayoutLines(IReadOnlyList<TextRun> runs, TextStyle style, double width)
    {
        var lines = new List<Line>();
        var line = new Line();
        var word = new List<Fragment>();
        Fragment? space = null;
        var baseFont = FontFor(style, RunStyle.None);

        foreach (var run in runs)
        {
            var font = FontFor(style, run.Style);
            var brush = BrushFor(style, run.Style);
            var strike = run.Style.HasFlag(RunStyle.Strike);
            var text = run.Text;
            var i = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (ch == '\n')
                {
                    PlaceWord();
                    EndLine();
                    space = null;
                    i++;
                }
                else if (ch is ' ' or '\t' or '\r')
                {
                    PlaceWord();
                    space = new Fragment(" ", font, brush, strike);
                    while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
                }
                else
                {
                    var end = i;
                    while (end < text.Length && text[end] is not (' ' or '\t' or '\r' or '\n')) end++;
                    word.Add(new Fragment(text[i..end], font, brush, strike));
                    i = end;
                }
            }
        }
        PlaceWord();
        if (line.Pieces.Count > 0 || lines.Count == 0) EndLine();
        return lines;

        void PlaceWord()
        {
            if (word.Count == 0) return;
            var wordWidth = word.Sum(f => Measure(f.Text, f.Font));
            var spaceWidth = line.Pieces.Count > 0 && space is { } sp ? Measure(" ", sp.Font) : 0;
            if (line.Pieces.Count > 0 && line.Width + spaceWidth + wordWidth > width) EndLine();
            if (line.Pieces.Count > 0 && space is { } s) Append(s, spaceWidth);
            if (line.Pieces.Count == 0 && wordWidth > width)
            {
                // A word wider than the line (a long address): break it wherever it has to.
                foreach (var fragment in word)
                {
                    var rest = fragment.Text;
                    while (rest.Length > 0)
                    {
                        var room = width - line.Width;
                        var take = FittingLength(rest, fragment.Font, room);
                        if (take == 0 && line.Pieces.Count == 0) take = char.IsHighSurrogate(rest[0]) && rest.Length > 1 ? 2 : 1;
                        if (take == 0)
                        {
                            EndLine();
                            continue;
                        }
                        var part = rest[..take];
                        Append(fragment with { Text = part }, Measure(part, fragment.Font));
                        rest = rest[take..];
                        if (rest.Length > 0) EndLine();
                    }
                }
            }
            else
            {
                foreach (var fragment in word) Append(fragment, Measure(fragment.Text, fragment.Font));
            }
            word.Clear();
            space = null;
        }

        void Append(Fragment fragment, double fragmentWidth)
        {
            var last = line.Pieces.Count > 0 ? line.Pieces[^1] : null;
            if (last is not null && ReferenceEquals(last.Font, fragment.Font) && ReferenceEquals(last.Brush, fragment.Brush) && last.Strike == fragment.Strike)
            {
                last.Text += fragment.Text;
                last.Width += fragmentWidth;
            }
            else
            {
                line.Pieces.Add(new Piece(fragment.Text, fragment.Font, fragment.Brush, fragment.Strike, line.Width, fragmentWidth));
            }
            line.Width += fragmentWidth;
        }

        void EndLine()
        {
            // Trailing spaces take no room at the end of a line.
            if (line.Pieces.Count > 0 && line.Pieces[^1].Text.EndsWith(' '))
            {
                var last = line.Pieces[^1];
                var trimmed = last.Text.TrimEnd(' ');
                var cut = Measure(last.Text, last.Font) - Measure(trimmed, last.Font);
                last.Text = trimmed;
                last.Width -= cut;
                line.Width -= cut;
            }
            var fonts = line.Pieces.Count > 0 ? line.Pieces.Select(p => p.Font).ToList() : [baseFont];
            line.FontHeight = fonts.Max(f => f.GetHeight());
            line.Ascent = fonts.Max(Ascent);
            line.Height = Math.Max(style.Size * style.LineHeight, line.FontHeight);
            lines.Add(line);
            line = new Line();
        }
    }

    private int FittingLength(string text, XFont font, double room)
    {
        var take = 0;
        while (take < text.Length)
        {
            var next = take + (char.IsHighSurrogate(text[take]) && take + 1 < text.Length ? 2 : 1);
            if (Measure(text[..next], font) > room) break;
            take = next;
        }
        return take;
    }

    /// <summary>Draws one laid-out line with its top at <paramref name="top"/>; returns the baseline.</summary>
    private double DrawLine(Line line, TextAlign align, double left, double width, double top, bool drawMarker = true)
    {
        var offset = align switch
        {
            TextAlign.Center => Math.Max(0, (width - line.Width) / 2),
            TextAlign.Right => Math.Max(0, width - line.Width),
            _ => 0,
        };
        var baseline = top + (line.Height - line.FontHeight) / 2 + line.Ascent;
        if (drawMarker && _pendingMarker is { } marker)
        {
            var font = Font(EmbeddedFontResolver.Sans, TextStyle.Body.Size, XFontStyleEx.Regular);
            Gfx.DrawString(marker.Text, font, Brush(_quotes.Count > 0 ? QuoteInk : TextStyle.Ink), marker.X, baseline, XStringFormats.BaseLineLeft);
            _pendingMarker = null;
        }
        foreach (var piece in line.Pieces)
        {
            if (piece.Text.Length == 0) continue;
            var x = left + offset + piece.X;
            Gfx.DrawString(piece.Text, piece.Font, piece.Brush, x, baseline, XStringFormats.BaseLineLeft);
            if (piece.Strike)
            {
                var y = baseline - piece.Font.Size * 0.3;
                Gfx.DrawLine(new XPen(XColors.DimGray, 0.6), x, y, x + piece.Width, y);
            }
        }
        return baseline;
    }
}
