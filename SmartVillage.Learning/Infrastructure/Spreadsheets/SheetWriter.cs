using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartVillage.Learning.Infrastructure.Spreadsheets;

/// <summary>One sheet of a <see cref="SheetWriter"/> workbook: its rows, and whether an AutoFilter covers them (a header row first).</summary>
public sealed record SheetContent(string Name, IEnumerable<IReadOnlyList<object?>> Rows, bool Filter = false);

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
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 0;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    uint rowIndex = 0;
                    var width = 0;
                    foreach (var row in sheet.Rows)
                    {
                        writer.WriteStartElement(new Row { RowIndex = ++rowIndex });
                        foreach (var value in row) writer.WriteElement(CellOf(value));
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

    private static Cell CellOf(object? value) => value switch
    {
        null => new Cell(),
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
    };

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
