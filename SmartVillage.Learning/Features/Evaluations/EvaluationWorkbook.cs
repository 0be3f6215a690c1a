using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// One evaluation's results as an .xlsx (SheetWriter: every sheet a table with a frozen header and an AutoFilter):
/// "Ringkasan" (Keterangan | Nilai: responses, rate, section means), "Hasil per butir" (mean and the count
/// of every score per statement), "Jawaban terbuka" (alphabetical, no names), and, only for a form that is not anonymous,
/// "Per peserta".
/// </summary>
public static class EvaluationWorkbook
{
    public const string SummarySheet = "Ringkasan";
    public const string ItemsSheet = "Hasil per butir";
    public const string OpenSheet = "Jawaban terbuka";
    public const string RespondentsSheet = "Per peserta";

    public static string FileName(EvaluationResults results) =>
        $"evaluasi-{(results.Subject == EvaluationSubject.Workshop ? "bimtek" : "kursus")}-{results.SubjectId}.xlsx";

    public static byte[] Render(EvaluationResults results, IReadOnlyList<RespondentAnswers>? respondents = null)
    {
        var scale = LikertScale.Labels(results.Scale).Select((l, i) => $"{i + 1} {l}").ToList();
        var sheets = new List<SheetContent>
        {
            new(SummarySheet, Summary(results), [new SheetColumn(40), new SheetColumn(40)]),
            new(ItemsSheet, Items(results, scale),
                [new SheetColumn(22), new SheetColumn(6, NumberStyle.Integer), new SheetColumn(60), SheetColumn.Fit("Jumlah jawaban", NumberStyle.Integer),
                 SheetColumn.Fit("Rata-rata", NumberStyle.TwoDecimals), .. scale.Select(h => SheetColumn.Fit(h, NumberStyle.Integer, max: 16))], FrozenColumns: 3),
            new(OpenSheet, Open(results), [new SheetColumn(22), new SheetColumn(50), new SheetColumn(70)]),
        };
        if (respondents is not null)
        {
            var questions = results.Sections.SelectMany(s => s.Questions).OrderBy(q => q.Position).ToList();
            sheets.Add(new SheetContent(RespondentsSheet, Respondents(questions, respondents),
                [new SheetColumn(28), new SheetColumn(17, NumberStyle.DateTime),
                 .. questions.Select(q => q.Kind == EvaluationItemKind.Likert ? new SheetColumn(12, NumberStyle.Integer) : new SheetColumn(40))], FrozenColumns: 1));
        }
        return SheetWriter.Render(sheets);
    }

    private static IEnumerable<IReadOnlyList<object?>> Summary(EvaluationResults r)
    {
        yield return ["Keterangan", "Nilai"];
        yield return ["Evaluasi", r.Title];
        yield return ["Jenis", EvaluationLabels.Of(r.Subject)];
        yield return ["Versi templat", new Styled(r.TemplateVersion, NumberStyle.Integer)];
        yield return ["Skala", $"1–{r.Scale}"];
        yield return ["Anonim bagi pelatih", r.AnonymousToTrainers ? "ya" : "tidak"];
        yield return ["Responden", new Styled(r.Responses, NumberStyle.Integer)];
        yield return ["Peserta yang dapat mengisi", new Styled(r.Eligible, NumberStyle.Integer)];
        yield return ["Tingkat respons", new Styled(r.ResponseRate, NumberStyle.Percent)];
        foreach (var s in r.Sections) yield return [$"Rata-rata {s.Heading}", new Styled(s.Mean, NumberStyle.TwoDecimals)];
        foreach (var g in r.ByRegency) yield return [$"Responden {g.RegencyName}", new Styled(g.Responses, NumberStyle.Integer)];
    }

    private static IEnumerable<IReadOnlyList<object?>> Items(EvaluationResults r, IReadOnlyList<string> scale)
    {
        yield return ["Bagian", "No", "Pernyataan", "Jumlah jawaban", "Rata-rata", .. scale];
        foreach (var s in r.Sections)
            foreach (var q in s.Questions.Where(q => q.Kind == EvaluationItemKind.Likert))
                yield return [s.Heading, q.Position, q.Text, q.Answered, q.Mean, .. q.Distribution.Cast<object?>()];
    }

    private static IEnumerable<IReadOnlyList<object?>> Open(EvaluationResults r)
    {
        yield return ["Bagian", "Pertanyaan", "Jawaban"];
        foreach (var s in r.Sections)
            foreach (var q in s.Questions.Where(q => q.Kind == EvaluationItemKind.Open))
                foreach (var text in q.OpenAnswers)
                    yield return [s.Heading, q.Text, text];
    }

    private static IEnumerable<IReadOnlyList<object?>> Respondents(IReadOnlyList<QuestionResult> questions, IReadOnlyList<RespondentAnswers> respondents)
    {
        yield return ["Nama", "Dikirim (WIB)", .. questions.Select(q => (object?)$"{q.Position}. {q.Text}")];
        foreach (var p in respondents)
            yield return [p.Name, p.SubmittedAt.ToOffset(Wib.Offset).DateTime, .. questions.Select(q => Answer(q, p.AnswersByQuestion.GetValueOrDefault(q.QuestionId)))];
    }

    /// <summary>A score is a number in its column (to average and filter), an open answer its text.</summary>
    private static object? Answer(QuestionResult question, string? answer) =>
        question.Kind == EvaluationItemKind.Likert && int.TryParse(answer, out var score) ? score : answer;
}
