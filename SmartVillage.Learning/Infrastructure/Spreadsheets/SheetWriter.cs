using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartVillage.Learning.Infrastructure.Spreadsheets;

/// <summary>
/// Every .xlsx the app exports, written with a SAX writer so memory stays flat: each sheet a table with a styled header
/// frozen at the top and an AutoFilter, column widths, numbers that stay numbers with their formats (a reviewer sorts and
/// sums them in Excel), text as an inline string (never a formula), null or "" as an empty cell.
/// </summary>
public static class SheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Render(IEnumerable<SheetContent> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 0;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    var headerRow = sheet.Preamble.Count == 0 ? 1u : (uint)sheet.Preamble.Count + 2;
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteElement(FrozenHeader(headerRow, sheet.FrozenColumns));
                    writer.WriteElement(new Columns(sheet.Columns.Select((c, i) =>
                        new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
                    writer.WriteStartElement(new SheetData());
                    uint rowIndex = 0;
                    void Write(IReadOnlyList<object?> row, Func<int, Cell> cell)
                    {
                        writer.WriteStartElement(new Row { RowIndex = ++rowIndex });
                        for (var i = 0; i < row.Count; i++) writer.WriteElement(cell(i));
                        writer.WriteEndElement();
                    }
                    NumberStyle FormatOf(int column) => column < sheet.Columns.Count ? sheet.Columns[column].Format : NumberStyle.General;

                    foreach (var line in sheet.Preamble) Write(line, i => i == 0 ? TextCell(line[i], LabelStyle) : CellOf(line[i]));
                    if (sheet.Preamble.Count > 0) Write([], _ => new Cell());
                    var width = sheet.Columns.Count;
                    var first = true;
                    foreach (var row in sheet.Rows)
                    {
                        Write(row, first ? i => TextCell(row[i], HeaderStyle) : i => CellOf(row[i], FormatOf(i)));
                        first = false;
                        width = Math.Max(width, row.Count);
                    }
                    var lastTableRow = rowIndex;
                    var footer = true;
                    foreach (var row in sheet.Footer)
                    {
                        if (footer) Write([], _ => new Cell());
                        footer = false;
                        Write(row, i => CellOf(row[i], FormatOf(i)));
                    }
                    writer.WriteEndElement();
                    writer.WriteElement(new AutoFilter { Reference = $"A{headerRow}:{ColumnName(Math.Max(width, 1))}{Math.Max(lastTableRow, headerRow)}" });
                    writer.WriteEndElement();
                }
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = sheet.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    // Style indexes into Styles()' cell formats.
    private const uint HeaderStyle = 1, LabelStyle = 7;
    private static uint StyleOf(NumberStyle format) => format switch
    {
        NumberStyle.Integer => 2,
        NumberStyle.Percent => 3,
        NumberStyle.Decimal => 4,
        NumberStyle.TwoDecimals => 5,
        NumberStyle.DateTime => 6,
        _ => 0,
    };

    private static Cell CellOf(object? value, NumberStyle format = NumberStyle.General)
    {
        var style = StyleOf(format);
        Cell Number(decimal n) => new() { DataType = CellValues.Number, CellValue = new CellValue(format == NumberStyle.Percent ? n / 100m : n), StyleIndex = style };
        return value switch
        {
            // An empty cell keeps its column's format: a figure typed in later shows like the rest.
            null or "" => style == 0 ? new Cell() : new Cell { StyleIndex = style },
            Styled styled => CellOf(styled.Value, styled.Style),
            int n => Number(n),
            long n => Number(n),
            decimal d => Number(d),
            double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(format == NumberStyle.Percent ? d / 100 : d), StyleIndex = style },
            // Dates are numbers (days since 1900) in a date format: the sheet sorts them as time, not as text.
            DateTime t => new Cell { DataType = CellValues.Number, CellValue = new CellValue(t.ToOADate()), StyleIndex = StyleOf(NumberStyle.DateTime) },
            _ => TextCell(value, 0),
        };
    }

    private static Cell TextCell(object? value, uint style) => new()
    {
        DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")), StyleIndex = style,
    };

    /// <summary>The header row (and the first label columns) stay in view while a reviewer scrolls 2,651 villages.</summary>
    private static SheetViews FrozenHeader(uint headerRow, int frozenColumns)
    {
        var topLeft = $"{ColumnName(frozenColumns + 1)}{headerRow + 1}";
        var pane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft;
        return new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = headerRow, HorizontalSplit = frozenColumns > 0 ? frozenColumns : null, TopLeftCell = topLeft,
                ActivePane = pane, State = PaneStateValues.Frozen,
            },
            new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([topLeft]) })
        { WorkbookViewId = 0 });
    }

    /// <summary>
    /// The one place of the workbooks' look: default; the header (bold white on the programme's green, wrapped); counts
    /// "#,##0"; percentages "0.0%"; scores "0.0"; means "0.00"; moments "yyyy-mm-dd hh:mm"; a preamble's bold label.
    /// </summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.00" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 4 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new Color { Rgb = "FFFFFFFF" }, new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FF1B5E20" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, ApplyFont = true }) { Count = 8 });

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            var rest = (number - 1) % 26;
            name = (char)('A' + rest) + name;
            number = (number - rest - 1) / 26;
        }
        return name;
    }
}
