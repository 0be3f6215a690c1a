using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Infrastructure.Pdf;

/// <summary>
/// Lays out text and lesson Markdown on A4 portrait pages with PDFsharp: our own line breaking (measured
/// word by word, so paragraphs, list items and table cells wrap inside the margins and flow across pages),
/// headings, bold/italic runs, lists, block quotes, pipe tables split at row boundaries with the header
/// repeated, and code in DejaVu Sans Mono. Draws top to bottom on the current page and opens a new page
/// when the next line does not fit. Call <see cref="DrawFooters"/> (or <see cref="Finish"/>) when done.
/// </summary>
public sealed partial class MarkdownPdfWriter : IDisposable
{
    public const double PageWidth = 595.28;   // A4, points
    public const double PageHeight = 841.89;
    public const double MarginLeft = 62;
    public const double MarginRight = 62;
    public const double MarginTop = 72;
    public const double MarginBottom = 66;

    private const double ListIndent = 16;
    private const double QuoteIndent = 16;
    private const double CellPadding = 4;
    private const double CodeSize = 9;
    private const double TableSize = 9.5;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor RuleColor = XColor.FromArgb(0xBD, 0xBD, 0xBD);
    private static readonly XColor HeaderFill = XColor.FromArgb(0xEC, 0xEF, 0xF1);
    private static readonly XColor CodeFill = XColor.FromArgb(0xF4, 0xF4, 0xF4);
    private static readonly XColor QuoteBar = XColor.FromArgb(0x90, 0xA4, 0xAE);
    private static readonly XColor QuoteInk = XColor.FromArgb(0x45, 0x4F, 0x55);

    private readonly PdfDocument _document;
    private readonly Dictionary<(string Family, double Size, XFontStyleEx Style), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private readonly Dictionary<XColor, XBrush> _brushes = [];
    private readonly List<OpenQuote> _quotes = [];
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;
    private double _indent;
    private int _listDepth;
    private Marker? _pendingMarker;

    public MarkdownPdfWriter(PdfDocument document)
    {
        EmbeddedFontResolver.EnsureRegistered();
        _document = document;
    }

    /// <summary>Text drawn small at the top of every page opened from now on (null: none).</summary>
    public string? RunningHeader { get; set; }

    /// <summary>1-based number of the page being written, 0 before the first page.</summary>
    public int PageNumber => _document.PageCount;

    public PdfPage CurrentPage => _page ?? throw new InvalidOperationException("No page yet; call NewPage first.");

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page yet; call NewPage first.");
    private double Left => MarginLeft + _indent;
    private double Right => PageWidth - MarginRight;
    private double Width => Right - Left;
    private static double Bottom => PageHeight - MarginBottom;
    private bool AtPageTop => _y <= MarginTop + 0.01;

    // ---- pages -------------------------------------------------------------------------------------

    public void NewPage()
    {
        if (_gfx is not null)
        {
            foreach (var quote in _quotes) DrawQuoteBar(quote, _y);
            _gfx.Dispose();
        }
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(PageWidth);
        _page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(_page);
        _y = MarginTop;
        foreach (var quote in _quotes) quote.StartY = _y;
        if (!string.IsNullOrEmpty(RunningHeader)) DrawRunningHeader(RunningHeader);
    }

    private void EnsurePage()
    {
        if (_gfx is null) NewPage();
    }

    public void AddSpace(double points)
    {
        if (AtPageTop) return;
        _y += points;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (_gfx is null || (_y + height > Bottom && !AtPageTop)) NewPage();
    }

    /// <summary>Closes the page being drawn; the document can then be saved or given footers.</summary>
    public void Finish()
    {
        if (_gfx is null) return;
        foreach (var quote in _quotes) DrawQuoteBar(quote, _y);
        _gfx.Dispose();
        _gfx = null;
    }

    /// <summary>Finishes, then writes a centred footer on every page: <paramref name="text"/>(page number, page count).</summary>
    public void DrawFooters(Func<int, int, string> text)
    {
        Finish();
        var font = Font(EmbeddedFontResolver.Sans, 8.5, XFontStyleEx.Regular);
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = PageHeight - MarginBottom + 22;
            gfx.DrawLine(new XPen(RuleColor, 0.5), MarginLeft, y, PageWidth - MarginRight, y);
            gfx.DrawString(text(i + 1, count), font, Brush(TextStyle.Muted), new XPoint(PageWidth / 2, y + 16), XStringFormats.BaseLineCenter);
        }
    }

    public void Dispose() => Finish();

    /// <summary>The running header, wrapped onto at most two lines that end just above the rule over the text.</summary>
    private void DrawRunningHeader(string text)
    {
        var style = new TextStyle(8.5, Color: TextStyle.Muted, LineHeight: 1.3);
        var width = PageWidth - MarginLeft - MarginRight;
        var lines = LayoutLines([new TextRun(text)], style, width);
        if (lines.Count > 2)
        {
            var rest = string.Concat(lines.Skip(1).SelectMany(l => l.Pieces).Select(p => p.Text + " ")).TrimEnd();
            var font = FontFor(style, RunStyle.None);
            while (rest.Length > 1 && Measure(rest + "…", font) > width) rest = rest[..^1];
            lines = [lines[0], .. LayoutLines([new TextRun(rest.TrimEnd() + "…")], style, width)];
        }
        var rule = MarginTop - 22;
        var top = rule - 4 - lines.Sum(l => l.Height);
        foreach (var line in lines)
        {
            DrawLine(line, TextAlign.Left, MarginLeft, width, top, drawMarker: false);
            top += line.Height;
        }
        Gfx.DrawLine(new XPen(RuleColor, 0.5), MarginLeft, rule, PageWidth - MarginRight, rule);
    }

    // ---- text --------------------------------------------------------------------------------------

    public void WriteText(string text, TextStyle style, double spaceAfter = 6) => WriteRuns([new TextRun(text)], style, spaceAfter);

    /// <summary>A paragraph of styled runs, wrapped to the current width, flowing onto new pages line by line.</summary>
    public void WriteRuns(IReadOnlyList<TextRun> runs, TextStyle style, double spaceAfter = 6)
    {
        EnsurePage();
        EnsureSpace(style.Size * style.LineHeight);
        var lines = LayoutLines(runs, style, Width);
        foreach (var line in lines)
        {
            EnsureSpace(line.Height);
            DrawLine(line, style.Align, Left, Width, _y);
            _y += line.Height;
        }
        _y += spaceAfter;
    }

    public void WriteHeading(string text, int level) => WriteHeading([new TextRun(text)], level);

    public void WriteHeading(IReadOnlyList<TextRun> runs, int level)
    {
        EnsurePage();
        var style = HeadingStyle(level);
        var before = level switch { 1 => 4, 2 => 12, 3 => 8, _ => 6 };
        AddSpace(before);
        // Keep a heading with the first lines that follow it.
        var height = LayoutLines(runs, style, Width).Sum(l => l.Height);
        EnsureSpace(height + 3 * TextStyle.Body.Size * TextStyle.Body.LineHeight);
        WriteRuns(runs, style, level <= 2 ? 6 : 4);
    }

    public static TextStyle HeadingStyle(int level) => level switch
    {
        1 => new TextStyle(17, Bold: true, Color: TextStyle.Accent, LineHeight: 1.25),
        2 => new TextStyle(14, Bold: true, Color: TextStyle.Accent, LineHeight: 1.3),
        3 => new TextStyle(12, Bold: true, Color: TextStyle.Ink, LineHeight: 1.3),
        _ => new TextStyle(10.5, Bold: true, Color: TextStyle.Ink),
    };

    /// <summary>A table-of-contents line: text (wrapped, indented), dotted leader, page number at the right.</summary>
    public void WriteContentsLine(string text, string page, double indent, TextStyle style, double spaceAfter = 2)
    {
        const double pageColumn = 36;
        EnsurePage();
        var left = Left + indent;
        var width = Width - indent - pageColumn;
        var lines = LayoutLines([new TextRun(text)], style, width);
        EnsureSpace(lines.Sum(l => l.Height));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var baseline = DrawLine(line, TextAlign.Left, left, width, _y);
            if (i == lines.Count - 1)
            {
                var font = Font(EmbeddedFontResolver.Sans, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                var pageWidth = Measure(page, font);
                var leaderStart = left + line.Width + 4;
                var leaderEnd = Right - pageWidth - 4;
                if (leaderEnd > leaderStart)
                    Gfx.DrawLine(new XPen(RuleColor, 0.8) { DashStyle = XDashStyle.Dot }, leaderStart, baseline, leaderEnd, baseline);
                Gfx.DrawString(page, font, Brush(style.Color ?? TextStyle.Ink), Right, baseline, XStringFormats.BaseLineRight);
            }
            _y += line.Height;
        }
        _y += spaceAfter;
    }

    public void WriteRule(double spaceAround = 6)
    {
        EnsurePage();
        AddSpace(spaceAround);
        EnsureSpace(1);
        Gfx.DrawLine(new XPen(RuleColor, 0.75), Left, _y, Right, _y);
        _y += spaceAround;
    }

    // ---- Markdown ----------------------------------------------------------------------------------

    /// <summary>Parses with the app's Markdown pipeline and draws every block.</summary>
    public void WriteMarkdown(string markdown)
    {
        EnsurePage();
        var document = Markdig.Markdown.Parse(markdown ?? "", MarkdownRenderer.SharedPipeline);
        WriteBlocks(document, tight: false);
    }

    private void WriteBlocks(ContainerBlock container, bool tight)
    {
        foreach (var block in container) WriteBlock(block, tight);
    }

    private void WriteBlock(Block block, bool tight)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WriteHeading(Runs(heading.Inline), heading.Level);
                break;
            case ParagraphBlock paragraph:
                WriteRuns(Runs(paragraph.Inline), BodyStyle(), tight ? 2.5 : 7);
                break;
            case ListBlock list:
                WriteList(list);
                break;
            case QuoteBlock quote:
                WriteQuote(quote);
                break;
            case Table table:
                WriteTable(table);
                break;
            case CodeBlock code:
                WriteCode(code);
                break;
            case ThematicBreakBlock:
                WriteRule();
                break;
            case LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock container:
                WriteBlocks(container, tight);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                WriteRuns(Runs(leaf.Inline), BodyStyle(), 7);
                break;
            case LeafBlock leaf:
                WriteText(leaf.Lines.ToString(), BodyStyle(), 7);
                break;
        }
    }

    private TextStyle BodyStyle() => _quotes.Count > 0 ? TextStyle.Body with { Color = QuoteInk } : TextStyle.Body;

    private void WriteList(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>().ToList();
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var delimiter = list.OrderedDelimiter == '\0' ? '.' : list.OrderedDelimiter;
        var bullet = (_listDepth % 3) switch { 0 => "•", 1 => "◦", _ => "▪" };
        var markerFont = Font(EmbeddedFontResolver.Sans, TextStyle.Body.Size, XFontStyleEx.Regular);
        var markerWidth = list.IsOrdered
            ? Math.Max(ListIndent + 2, Measure($"{start + items.Count - 1}{delimiter}", markerFont) + 7)
            : ListIndent;

        _listDepth++;
        var number = start;
        foreach (var item in items)
        {
            _indent += markerWidth;
            _pendingMarker = new Marker(list.IsOrdered ? $"{number++}{delimiter}" : bullet, Left - markerWidth + (list.IsOrdered ? 0 : 3));
            WriteBlocks(item, tight: !list.IsLoose);
            if (_pendingMarker is not null)
            {
                // An empty item still shows its marker.
                WriteRuns([new TextRun("")], BodyStyle(), 2.5);
            }
            _indent -= markerWidth;
        }
        _listDepth--;
        if (_listDepth == 0) _y += 4.5;
    }

    private void WriteQuote(QuoteBlock quote)
    {
        AddSpace(2);
        EnsureSpace(TextStyle.Body.Size * TextStyle.Body.LineHeight * 2);
        _indent += QuoteIndent;
        var open = new OpenQuote(Left - QuoteIndent + 4, _y);
        _quotes.Add(open);
        WriteBlocks(quote, tight: false);
        // The bar ends where the last paragraph's text ends, not after its spacing.
        DrawQuoteBar(open, _y - 5);
        _quotes.Remove(open);
        _indent -= QuoteIndent;
        _y += 2;
    }

    private void DrawQuoteBar(OpenQuote quote, double endY)
    {
        if (endY > quote.StartY) Gfx.DrawRectangle(Brush(QuoteBar), quote.X, quote.StartY, 2.5, endY - quote.StartY);
    }

    private void WriteCode(CodeBlock code)
    {
        var font = Font(EmbeddedFontResolver.Mono, CodeSize, XFontStyleEx.Regular);
        var lineHeight = CodeSize * 1.4;
        const double pad = 6;
        var text = code.Lines.ToString().Replace("\t", "    ").TrimEnd('\n', '\r');
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var fill = Brush(CodeFill);
        var ink = Brush(TextStyle.Ink);

        AddSpace(2);
        EnsureSpace(Math.Min(lines.Count, 3) * lineHeight + 2 * pad);
        Gfx.DrawRectangle(fill, Left, _y, Width, pad);
        _y += pad;
        var textWidth = Width - 2 * pad;
        foreach (var source in lines)
        {
            foreach (var chunk in SplitToWidth(source, font, textWidth))
            {
                if (_y + lineHeight > Bottom) NewPage();
                Gfx.DrawRectangle(fill, Left, _y, Width, lineHeight);
                if (chunk.Length > 0)
                    Gfx.DrawString(chunk, font, ink, Left + pad, _y + Ascent(font) + (lineHeight - font.GetHeight()) / 2, XStringFormats.BaseLineLeft);
                _y += lineHeight;
            }
        }
        if (_y + pad <= Bottom) Gfx.DrawRectangle(fill, Left, _y, Width, pad);
        _y += pad + 8;
    }

    private IEnumerable<string> SplitToWidth(string text, XFont font, double width)
    {
        if (text.Length == 0 || Measure(text, font) <= width)
        {
            yield return text;
            yield break;
        }
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && Measure(text[start..(end + 1)], font) <= width) end++;
            if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;
            yield return text[start..end];
            start = end;
        }
    }

    // ---- inlines to runs ---------------------------------------------------------------------------

    /// <summary>The text of a Markdown inline container as styled runs.</summary>
    public static List<TextRun> Runs(ContainerInline? inlines)
    {
        var runs = new List<TextRun>();
        Collect(inlines, RunStyle.None, runs);
        return runs;
    }

    private static void Collect(ContainerInline? container, RunStyle style, List<TextRun> runs)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new TextRun(KeepTogether(literal.Content.ToString()), style));
                    break;
                case EmphasisInline emphasis:
                    var added = emphasis.DelimiterChar switch
                    {
                        '*' or '_' => emphasis.DelimiterCount >= 2 ? RunStyle.Bold : RunStyle.Italic,
                        '~' when emphasis.DelimiterCount == 2 => RunStyle.Strike,
                        _ => RunStyle.None,
                    };
                    Collect(emphasis, style | added, runs);
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, style | RunStyle.Code));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", style));
                    break;
                case LinkInline { IsImage: true } image:
                    var alt = string.Concat(Runs(image).Select(r => r.Text));
                    runs.Add(new TextRun(string.IsNullOrWhiteSpace(alt) ? "[Gambar]" : $"[Gambar: {alt}]", style | RunStyle.Italic));
                    break;
                case LinkInline link:
                    var before = runs.Count;
                    Collect(link, style | RunStyle.Link, runs);
                    var label = string.Concat(runs.Skip(before).Select(r => r.Text));
                    // On paper a link is only useful with its address.
                    if (link.Url is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(label.Trim(), url, StringComparison.OrdinalIgnoreCase))
                        runs.Add(new TextRun($" ({url})", style));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new TextRun(autolink.Url, style | RunStyle.Link));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), style));
                    break;
                case HtmlInline html:
                    runs.Add(new TextRun(html.Tag, style));
                    break;
                case TaskList task:
                    runs.Add(new TextRun(task.Checked ? "☑ " : "☐ ", style));
                    break;
                case ContainerInline nested:
                    Collect(nested, style, runs);
                    break;
            }
        }
    }

    /// <summary>"Rp 950.000.000" stays on one line: a no-break space after the currency.</summary>
    private static string KeepTogether(string text) => RupiahSpace().Replace(text, "Rp\u00A0");

    [System.Text.RegularExpressions.GeneratedRegex(@"\bRp (?=\d)")]
    private static partial System.Text.RegularExpressions.Regex RupiahSpace();

    private static string PlainText(Block block) => block switch
    {
        LeafBlock { Inline: not null } leaf => string.Concat(Runs(leaf.Inline).Select(r => r.Text)),
        LeafBlock leaf => leaf.Lines.ToString(),
        ContainerBlock container => string.Join("\n", container.Select(PlainText)),
        _ => "",
    };

    // ---- fonts, brushes, measuring -----------------------------------------------------------------

    private XFont FontFor(TextStyle style, RunStyle run)
    {
        var bold = style.Bold || run.HasFlag(RunStyle.Bold);
        var italic = style.Italic || run.HasFlag(RunStyle.Italic);
        var fontStyle = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return run.HasFlag(RunStyle.Code)
            ? Font(EmbeddedFontResolver.Mono, Math.Round(style.Size * 0.9, 1), fontStyle)
            : Font(EmbeddedFontResolver.Sans, style.Size, fontStyle);
    }

    private XBrush BrushFor(TextStyle style, RunStyle run) =>
        run.HasFlag(RunStyle.Link) ? Brush(TextStyle.LinkBlue) : Brush(style.Color ?? TextStyle.Ink);

    private XFont Font(string family, double size, XFontStyleEx style)
    {
        var key = (family, size, style);
        if (!_fonts.TryGetValue(key, out var font)) _fonts[key] = font = new XFont(family, size, style, Unicode);
        return font;
    }

    private XBrush Brush(XColor color)
    {
        if (!_brushes.TryGetValue(color, out var brush)) _brushes[color] = brush = new XSolidBrush(color);
        return brush;
    }

    private double Measure(string text, XFont font)
    {
        if (text.Length == 0) return 0;
        var key = (font, text);
        if (!_widths.TryGetValue(key, out var width)) _widths[key] = width = Gfx.MeasureString(text, font).Width;
        return width;
    }

    private static double Ascent(XFont font) => font.GetHeight() * font.CellAscent / font.CellSpace;

    private sealed record Marker(string Text, double X);

    private sealed class OpenQuote(double x, double startY)
    {
        public double X { get; } = x;
        public double StartY { get; set; } = startY;
    }
}
