using DocumentFormat.OpenXml.Packaging;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Evaluations;

/// <summary>The results workbook, read back: the figures of the page, and no names on an anonymous form.</summary>
public class EvaluationWorkbookTests(EvaluationWorld world) : IClassFixture<EvaluationWorld>
{
    [Fact]
    public async Task Xlsx_PerItemMeansAndDistribution_OpenAnswers_NoRespondentSheet()
    {
        var a = world.FreeOfficials[0];
        var b = world.FreeOfficials[1];
        var (id, _) = await world.FinishedWorkshopAsync([a, b], withDewi: false);
        world.AfterTheBimtek();
        await world.AnswerAllAsync(a, id, 4, "Lebih banyak contoh.");
        await world.AnswerAllAsync(b, id, 2);
        var evaluationId = await world.Evaluations().PrepareAsync(world.Hendra, EvaluationSubject.Workshop, id);
        var results = await world.Results().ResultsAsync(world.Hendra, evaluationId);

        using var document = SpreadsheetDocument.Open(new MemoryStream(EvaluationWorkbook.Render(results)), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([EvaluationWorkbook.SummarySheet, EvaluationWorkbook.ItemsSheet, EvaluationWorkbook.OpenSheet], names);
        var items = XlsxSheets.Rows(document, EvaluationWorkbook.ItemsSheet);
        Assert.Equal(["Bagian", "No", "Pernyataan", "Jumlah jawaban", "Rata-rata", "1 Sangat kurang", "2 Kurang", "3 Cukup", "4 Baik", "5 Sangat baik"], items[0]);
        var first = items[1];
        Assert.Equal(["Penyelenggaraan", "1", world.Content.Template().Items[0].Text, "2", "3", "0", "1", "0", "1", "0"], first);
        var open = XlsxSheets.Rows(document, EvaluationWorkbook.OpenSheet);
        Assert.Contains(open, r => r.Count == 3 && r[2] == "Lebih banyak contoh.");
        var summary = XlsxSheets.Rows(document, EvaluationWorkbook.SummarySheet);
        Assert.Contains(summary, r => r.SequenceEqual(["Responden", "2"]));
        Assert.DoesNotContain(summary.Concat(items).Concat(open).SelectMany(r => r),
            cell => world.Workshops.Officials.Any(o => (o.Id == a.UserId || o.Id == b.UserId) && cell.Contains(o.Name)));

        // Every sheet, Ringkasan too: styled frozen header, widths, AutoFilter; means, counts and the rate as numbers with formats.
        foreach (var sheet in names) XlsxSheets.AssertTable(document, sheet!);
        Assert.Equal("0.00", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, EvaluationWorkbook.ItemsSheet, "Rata-rata")));
        Assert.Equal("#,##0", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, EvaluationWorkbook.ItemsSheet, "4 Baik")));
        var rate = XlsxSheets.Part(document, EvaluationWorkbook.SummarySheet).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList()).Single(r => r[0].InnerText == "Tingkat respons")[1];
        Assert.Equal("0.0%", XlsxSheets.FormatCode(document, rate));
        Assert.Equal(results.ResponseRate!.Value / 100m, XlsxSheets.Number(rate));
    }
}
