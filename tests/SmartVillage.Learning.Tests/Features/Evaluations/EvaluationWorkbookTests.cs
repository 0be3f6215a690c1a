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
    }
}
