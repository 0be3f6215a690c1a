using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.QuizResults;

/// <summary>A course's results as an .xlsx: the results table on "Hasil", the per-question figures on "Statistik soal".</summary>
public static class ResultsWorkbook
{
    public const string ResultsSheet = "Hasil";
    public const string StatisticsSheet = "Statistik soal";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(CourseResults results) => $"hasil-{results.CourseSlug}.xlsx";

    public static byte[] Render(CourseResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var quizTitle = results.QuizId is { } id ? results.Quizzes.First(q => q.Id == id).Title : "Semua kuis";
            AddSheet(workbook, sheets, 1, ResultsSheet, add =>
            {
                add(["Hasil kursus", results.CourseTitle]);
                add(["Kuis", quizTitle]);
                add(["Nilai akhir post-test", results.PostTestMethod ?? "belum ada post-test"]);
                add([]);
                add(["No", "Nama", "Desa", "Jabatan", "Nilai pre-test", "Nilai akhir post-test", "Sementara", "Lulus", "Percobaan", "Esai menunggu", "Kenaikan (poin)", "Kenaikan ternormalisasi"]);
                var number = 0;
                foreach (var r in results.Rows)
                    add([++number, r.Name, r.Village, r.Position, r.PreScore, r.PostScore, r.PostPending ? "ya" : "",
                        r.Passed is { } passed ? (passed ? "ya" : "tidak") : "", r.Attempts, r.PendingEssays, r.Gain, r.NormalisedGain]);
                add([]);
                add(["Rata-rata", null, null, null, results.Gain.AveragePre, results.Gain.AveragePost, null, null, null, null,
                    results.Gain.AverageGain, results.Gain.AverageNormalisedGain]);
            });
            AddSheet(workbook, sheets, 2, StatisticsSheet, add =>
            {
                add(["Kuis", "Soal", "Jenis", "Nilai maks", "Percobaan", "Menjawab", "Benar penuh", "% benar penuh", "Rata-rata nilai", "Jawaban salah terbanyak", "Dipilih"]);
                foreach (var quiz in results.Statistics)
                foreach (var q in quiz.Questions)
                    add([quiz.QuizTitle, q.Name is { Length: > 0 } name ? $"{name}: {q.Text}" : q.Text, q.Type.ToString(), q.Mark, q.Attempts, q.Answered,
                        q.FullyRight, q.FullyRightPercent, q.AveragePoints, q.MostChosenWrong, q.MostChosenWrong is null ? null : q.MostChosenWrongCount]);
            });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint sheetId, string name, Action<Action<object?[]>> fill)
    {
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        worksheet.Worksheet = new Worksheet(data);
        uint rowIndex = 0;
        fill(values =>
        {
            var row = new Row { RowIndex = ++rowIndex };
            foreach (var value in values) row.Append(CellOf(value));
            data.Append(row);
        });
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = sheetId, Name = name });
    }

    // Numbers stay numbers, so a trainer can sort and average them in Excel; an unknown figure is an empty cell.
    private static Cell CellOf(object? value) => value switch
    {
        null => new Cell(),
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
    };
}
