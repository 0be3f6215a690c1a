using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>Reads an exported workbook back as a reviewer's Excel would show it: a sheet by name, its rows as cell texts.</summary>
public static class XlsxSheets
{
    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var id = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)document.WorkbookPart.GetPartById(id);
    }

    public static List<List<string>> Rows(SpreadsheetDocument document, string sheet) =>
        Part(document, sheet).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
}
