using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartVillage.Learning.Infrastructure.Spreadsheets;

/// <summary>
/// One sheet of a <see cref="SheetWriter"/> workbook: its rows, and whether an AutoFilter covers them (a header row first).
/// With <paramref name="Columns"/> the first row is a styled header frozen at the top (with the first
/// <paramref name="FrozenColumns"/> columns frozen at the left), each column gets its width and its cells their number format.
/// </summary>
public sealed record SheetContent(string Name, IEnumerable<IReadOnlyList<object?>> Rows, bool Filter = false,
    IReadOnlyList<SheetColumn>? Columns = null, int FrozenColumns = 0);

/// <summary>How a column's numbers show in Excel: counts with thousands separators, one-decimal scores, percentages.</summary>
public enum NumberStyle
{
    General,
    Integer,
    Decimal,
    /// <summary>A value of 12.5 means 12.5 %: written as 0.125 with a percent format, so Excel computes with it.</summary>
    Percent,
}

public sealed record SheetColumn(double Width, NumberStyle Format = NumberStyle.General);

/// <summary>A value with its own number style, for a sheet whose rows mix kinds (a summary of labels and figures).</summary>
public sealed record Styled(object? Value, NumberStyle Style);

/// <summary>
/// A plain .xlsx of a few sheets, written with a SAX writer so memory stays flat: numbers stay numbers (a reviewer sorts and
/// sums them in Excel), text is an inline string (never a formula), null is an empty cell.
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
                    writer.WriteStartElement(new Worksheet());
                    if (sheet.Columns is { } columns)
                    {
                        writer.WriteElement(FrozenHeader(sheet.FrozenColumns));
                        writer.WriteElement(new Columns(columns.Select((c, i) =>
                            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
                    }
                    writer.WriteStartElement(new SheetData());
                    uint rowIndex = 0;
                    var width = 0;
                    foreach (var row in sheet.Rows)
                    {
                        writer.WriteStartElement(new Row { RowIndex = ++rowIndex });
                        var header = rowIndex == 1 && sheet.Columns is not null;
                        for (var i = 0; i < row.Count; i++)
                        {
                            var format = header || sheet.Columns is null || i >= sheet.Columns.Count ? NumberStyle.General : sheet.Columns[i].Format;
                            writer.WriteElement(header ? HeaderCell(row[i]) : CellOf(row[i], format));
                        }
                        writer.WriteEndElement();
                        width = Math.Max(width, row.Count);
                    }
                    writer.WriteEndElement();
                    if (sheet.Filter && rowIndex > 0) writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(Math.Max(width, 1))}{rowIndex}" });
                    writer.WriteEndElement();
                }
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = sheet.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    // Style indexes into Styles()' cell formats.
    private const uint HeaderStyle = 1;
    private static uint StyleOf(NumberStyle format) => format switch
    {
        NumberStyle.Integer => 2,
        NumberStyle.Percent => 3,
        NumberStyle.Decimal => 4,
        _ => 0,
    };

    private static Cell CellOf(object? value, NumberStyle format = NumberStyle.General)
    {
        var style = StyleOf(format);
        return value switch
        {
            null => new Cell(),
            Styled styled => CellOf(styled.Value, styled.Style),
            int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style },
            decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(format == NumberStyle.Percent ? d / 100m : d), StyleIndex = style },
            double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(format == NumberStyle.Percent ? d / 100 : d), StyleIndex = style },
            _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
        };
    }

    private static Cell HeaderCell(object? value) => new()
    {
        DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")), StyleIndex = HeaderStyle,
    };

    /// <summary>The header row (and the first label columns) stay in view while a reviewer scrolls 2,651 villages.</summary>
    private static SheetViews FrozenHeader(int frozenColumns)
    {
        var topLeft = $"{ColumnName(frozenColumns + 1)}2";
        return new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = 1, HorizontalSplit = frozenColumns > 0 ? frozenColumns : null, TopLeftCell = topLeft,
                ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            },
            new Selection { Pane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([topLeft]) })
        { WorkbookViewId = 0 });
    }

    /// <summary>Default; the header (bold white on the programme's green, wrapped); counts "#,##0"; percentages "0.0%"; scores "0.0".</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new Color { Rgb = "FFFFFFFF" }, new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
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
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 5 });

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
