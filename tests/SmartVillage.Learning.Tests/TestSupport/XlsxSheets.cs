using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>
/// Reads an exported workbook back as a reviewer's Excel would show it: a sheet by name, its rows as cell texts, a cell's
/// number format, and the layout every exported sheet must have. Shared with the browser tests (linked into their project),
/// which check the files people download by pressing the button.
/// </summary>
public static class XlsxSheets
{
    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var id = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)document.WorkbookPart.GetPartById(id);
    }

    public static IReadOnlyList<string> SheetNames(SpreadsheetDocument document) =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public static List<List<string>> Rows(SpreadsheetDocument document, string sheet) =>
        Part(document, sheet).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();

    /// <summary>The cell under <paramref name="header"/> in the <paramref name="dataRow"/>-th row below the header row (0 = the first).</summary>
    public static Cell CellUnder(SpreadsheetDocument document, string sheet, string header, int dataRow = 0)
    {
        var rows = Part(document, sheet).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var headerRow = (int)HeaderRow(document, sheet) - 1;
        var column = rows[headerRow].FindIndex(c => c.InlineString?.InnerText == header);
        Assert.True(column >= 0, $"{sheet} has no column '{header}'.");
        return rows[headerRow + 1 + dataRow][column];
    }

    /// <summary>Excel's format code of a cell: "General", "#,##0", "0.0%"…</summary>
    public static string FormatCode(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            3 => "#,##0",
            _ => styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(n => n.NumberFormatId!.Value == id)?.FormatCode?.Value ?? $"builtin {id}",
        };
    }

    /// <summary>A number cell's value as written (a percentage as its fraction: 12.5 % is 0.125).</summary>
    public static decimal Number(Cell cell)
    {
        Assert.Equal(CellValues.Number, cell.DataType?.Value);
        return decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The row (1-based) the sheet's AutoFilter starts at: its header.</summary>
    public static uint HeaderRow(SpreadsheetDocument document, string sheet)
    {
        var filter = Part(document, sheet).Worksheet.GetFirstChild<AutoFilter>();
        Assert.True(filter is not null, $"{sheet} has no AutoFilter.");
        return uint.Parse(filter.Reference!.Value!.Split(':')[0][1..]);
    }

    /// <summary>
    /// What every exported sheet must be: an AutoFilter from its header row; that header bold on a solid fill and frozen at
    /// the top (the pane splits just under it); every column given a width; no "—" anywhere (an empty cell instead).
    /// </summary>
    public static void AssertTable(SpreadsheetDocument document, string sheet)
    {
        // Elements in the order the schema wants (a sheet view after the data is a file Excel offers to "repair").
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(Part(document, sheet)).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, $"{sheet}:\n" + string.Join("\n", errors.Take(5)));
        var worksheet = Part(document, sheet).Worksheet;
        var headerRow = HeaderRow(document, sheet);
        var pane = worksheet.Descendants<Pane>().SingleOrDefault();
        Assert.True(pane is not null, $"{sheet} has no frozen pane.");
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal((double)headerRow, pane.VerticalSplit!.Value);

        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var header = worksheet.Descendants<Row>().Single(r => r.RowIndex!.Value == headerRow).Elements<Cell>().ToList();
        Assert.NotEmpty(header);
        Assert.All(header, cell =>
        {
            var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
            Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
            Assert.Equal(PatternValues.Solid, styles.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!.PatternType!.Value);
        });
        var widths = worksheet.Descendants<Column>().ToList();
        Assert.True(widths.Count >= header.Count, $"{sheet}: {header.Count} columns, {widths.Count} widths.");
        Assert.All(widths, c => Assert.True(c.CustomWidth?.Value == true && c.Width!.Value >= 5, $"{sheet}: column {c.Min} is {c.Width} wide."));
        Assert.DoesNotContain(Rows(document, sheet).SelectMany(r => r), text => text == "—");
    }
}
