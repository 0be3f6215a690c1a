using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Assessments.QuizResults;

/// <summary>
/// A course's results as an .xlsx (SheetWriter: a frozen, styled header and an AutoFilter on each sheet): the results
/// table on "Hasil" (the course, quiz and grading method above it, the averages under it outside the filter), the
/// per-question figures on "Statistik soal". Scores, counts and shares are numbers with their formats; an unknown figure
/// is an empty cell.
/// </summary>
public static class ResultsWorkbook
{
    public const string ResultsSheet = "Hasil";
    public const string StatisticsSheet = "Statistik soal";
    public const string ContentType = SheetWriter.ContentType;

    public static string FileName(CourseResults results) => $"hasil-{results.CourseSlug}.xlsx";

    public static byte[] Render(CourseResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var quizTitle = results.QuizId is { } id ? results.Quizzes.First(q => q.Id == id).Title : "Semua kuis";
        return SheetWriter.Render(
        [
            new SheetContent(ResultsSheet, Results(results),
                [new SheetColumn(6, NumberStyle.Integer), new SheetColumn(28), new SheetColumn(24), new SheetColumn(22),
                 new SheetColumn(12, NumberStyle.Decimal), new SheetColumn(14, NumberStyle.Decimal), new SheetColumn(11), new SheetColumn(8),
                 new SheetColumn(11, NumberStyle.Integer), new SheetColumn(11, NumberStyle.Integer), new SheetColumn(12, NumberStyle.Decimal),
                 new SheetColumn(14, NumberStyle.TwoDecimals)], FrozenColumns: 2)
            {
                Preamble = [["Hasil kursus", results.CourseTitle], ["Kuis", quizTitle], ["Nilai akhir post-test", results.PostTestMethod ?? "belum ada post-test"]],
                Footer = [["Rata-rata", null, null, null, results.Gain.AveragePre, results.Gain.AveragePost, null, null, null, null,
                    results.Gain.AverageGain, results.Gain.AverageNormalisedGain]],
            },
            new SheetContent(StatisticsSheet, Statistics(results),
                [new SheetColumn(24), new SheetColumn(50), new SheetColumn(14), new SheetColumn(10, NumberStyle.TwoDecimals),
                 new SheetColumn(11, NumberStyle.Integer), new SheetColumn(11, NumberStyle.Integer), new SheetColumn(11, NumberStyle.Integer),
                 new SheetColumn(12, NumberStyle.Percent), new SheetColumn(12, NumberStyle.TwoDecimals), new SheetColumn(36), new SheetColumn(9, NumberStyle.Integer)],
                FrozenColumns: 2),
        ]);
    }

    private static IEnumerable<IReadOnlyList<object?>> Results(CourseResults results)
    {
        yield return ["No", "Nama", "Desa", "Jabatan", "Nilai pre-test", "Nilai akhir post-test", "Sementara", "Lulus", "Percobaan", "Esai menunggu",
            "Kenaikan (poin)", "Kenaikan ternormalisasi"];
        var number = 0;
        foreach (var r in results.Rows)
            yield return [++number, r.Name, r.Village, r.Position, r.PreScore, r.PostScore, r.PostPending ? "ya" : null,
                r.Passed is { } passed ? (passed ? "ya" : "tidak") : null, r.Attempts, r.PendingEssays, r.Gain, r.NormalisedGain];
    }

    private static IEnumerable<IReadOnlyList<object?>> Statistics(CourseResults results)
    {
        yield return ["Kuis", "Soal", "Jenis", "Nilai maks", "Percobaan", "Menjawab", "Benar penuh", "% benar penuh", "Rata-rata nilai",
            "Jawaban salah terbanyak", "Dipilih"];
        foreach (var quiz in results.Statistics)
        foreach (var q in quiz.Questions)
            yield return [quiz.QuizTitle, q.Name is { Length: > 0 } name ? $"{name}: {q.Text}" : q.Text, q.Type.ToString(), q.Mark, q.Attempts, q.Answered,
                q.FullyRight, q.FullyRightPercent, q.AveragePoints, q.MostChosenWrong, q.MostChosenWrong is null ? null : q.MostChosenWrongCount];
    }
}
