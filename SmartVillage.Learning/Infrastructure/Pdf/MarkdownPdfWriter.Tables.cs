using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Infrastructure.Pdf;

/// <summary>Markdown tables: column widths from the content, a header row repeated on every page, rows kept whole.</summary>
public sealed partial class MarkdownPdfWriter
{
    // ---- tables ------------------------------------------------------------------------------------

    private void WriteTable(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0) return;
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Max(r => r.Count));
        var bodyStyle = new TextStyle(TableSize, LineHeight: 1.3);
        var headerStyle = bodyStyle with { Bold = true };

        // Cell text by row and column.
        var cells = rows.Select(row =>
        {
            var texts = new List<TextRun>[columns];
            for (var c = 0; c < columns; c++) texts[c] = [];
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns ? cell.ColumnIndex : Math.Min(index, columns - 1);
                foreach (var block in cell)
                {
                    if (texts[column].Count > 0) texts[column].Add(new TextRun("\n"));
                    texts[column].AddRange(block is LeafBlock { Inline: not null } leaf ? Runs(leaf.Inline) : [new TextRun(PlainText(block))]);
                }
                index++;
            }
            return texts;
        }).ToList();

        // Column widths: as wide as their text on one line if everything fits, otherwise at least the
        // longest word and the rest shared in proportion to what each column would like.
        var natural = new double[columns];
        var minimum = new double[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var style = rows[r].IsHeader ? headerStyle : bodyStyle;
            for (var c = 0; c < columns; c++)
            {
                var lines = LayoutLines(cells[r][c], style, double.MaxValue);
                natural[c] = Math.Max(natural[c], lines.Max(l => l.Width) + 2 * CellPadding);
                minimum[c] = Math.Max(minimum[c], LongestWord(cells[r][c], style) + 2 * CellPadding);
            }
        }
        var available = Width;
        var widths = ColumnWidths(natural, minimum, available);
        var tableWidth = widths.Sum();

        var layouts = cells.Select((row, r) =>
        {
            var style = rows[r].IsHeader ? headerStyle : bodyStyle;
            var lines = row.Select((runs, c) => LayoutLines(runs, style, widths[c] - 2 * CellPadding)).ToList();
            var height = lines.Max(l => l.Sum(x => x.Height)) + 2 * CellPadding;
            return (Lines: lines, Height: height, rows[r].IsHeader);
        }).ToList();
        var headerRows = layouts.TakeWhile(l => l.IsHeader).ToList();

        AddSpace(3);
        EnsureSpace(headerRows.Sum(h => h.Height) + (layouts.Count > headerRows.Count ? layouts[headerRows.Count].Height : 0));
        var pen = new XPen(RuleColor, 0.6);
        var drawnOnPage = 0;
        for (var r = 0; r < layouts.Count; r++)
        {
            var row = layouts[r];
            if (_y + row.Height > Bottom && drawnOnPage > 0)
            {
                NewPage();
                drawnOnPage = 0;
                if (!row.IsHeader)
                {
                    foreach (var header in headerRows) DrawRow(header.Lines, header.Height, true);
                }
            }
            DrawRow(row.Lines, row.Height, row.IsHeader);
            drawnOnPage++;
        }
        _y += 9;

        void DrawRow(List<List<Line>> lines, double height, bool isHeader)
        {
            var x = Left;
            if (isHeader) Gfx.DrawRectangle(Brush(HeaderFill), Left, _y, tableWidth, height);
            for (var c = 0; c < columns; c++)
            {
                Gfx.DrawRectangle(pen, x, _y, widths[c], height);
                var align = c < table.ColumnDefinitions.Count
                    ? table.ColumnDefinitions[c].Alignment switch
                    {
                        TableColumnAlign.Right => TextAlign.Right,
                        TableColumnAlign.Center => TextAlign.Center,
                        _ => TextAlign.Left,
                    }
                    : TextAlign.Left;
                var y = _y + CellPadding;
                foreach (var line in lines[c])
                {
                    DrawLine(line, align, x + CellPadding, widths[c] - 2 * CellPadding, y, drawMarker: false);
                    y += line.Height;
                }
                x += widths[c];
            }
            _y += height;
        }
    }

    private static double[] ColumnWidths(double[] natural, double[] minimum, double available)
    {
        var columns = natural.Length;
        if (natural.Sum() <= available) return natural;
        var widths = new double[columns];
        var minTotal = minimum.Sum();
        if (minTotal >= available)
        {
            for (var c = 0; c < columns; c++) widths[c] = available * minimum[c] / minTotal;
            return widths;
        }
        var extra = natural.Select((n, c) => Math.Max(0, n - minimum[c])).ToArray();
        var extraTotal = extra.Sum();
        var spare = available - minTotal;
        for (var c = 0; c < columns; c++) widths[c] = minimum[c] + (extraTotal > 0 ? spare * extra[c] / extraTotal : spare / columns);
        return widths;
    }

    private double LongestWord(IReadOnlyList<TextRun> runs, TextStyle style)
    {
        var longest = 0.0;
        foreach (var run in runs)
        {
            var font = FontFor(style, run.Style);
            foreach (var word in run.Text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
                longest = Math.Max(longest, Measure(word, font));
        }
        return longest;
    }
}
