using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// One evaluation's results as an .xlsx: "Ringkasan" (responses, rate, section means), "Hasil per butir" (mean and the count
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
        var sheets = new List<SheetContent>
        {
            new(SummarySheet, Summary(results)),
            new(ItemsSheet, Items(results), Filter: true),
            new(OpenSheet, Open(results), Filter: true),
        };
        if (respondents is not null) sheets.Add(new SheetContent(RespondentsSheet, Respondents(results, respondents), Filter: true));
        return SheetWriter.Render(sheets);
    }

    private static IEnumerable<IReadOnlyList<object?>> Summary(EvaluationResults r)
    {
        yield return ["Evaluasi", r.Title];
        yield return ["Jenis", EvaluationLabels.Of(r.Subject)];
        yield return ["Versi templat", r.TemplateVersion];
        yield return ["Skala", $"1–{r.Scale}"];
        yield return ["Anonim bagi pelatih", r.AnonymousToTrainers ? "ya" : "tidak"];
        yield return ["Responden", r.Responses];
        yield return ["Peserta yang dapat mengisi", r.Eligible];
        yield return ["Tingkat respons (%)", r.ResponseRate];
        foreach (var s in r.Sections) yield return [$"Rata-rata {s.Heading}", s.Mean];
        foreach (var g in r.ByRegency) yield return [$"Responden {g.RegencyName}", g.Responses];
    }

    private static IEnumerable<IReadOnlyList<object?>> Items(EvaluationResults r)
    {
        yield return ["Bagian", "No", "Pernyataan", "Jumlah jawaban", "Rata-rata", .. LikertScale.Labels(r.Scale).Select((l, i) => $"{i + 1} {l}")];
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

    private static IEnumerable<IReadOnlyList<object?>> Respondents(EvaluationResults r, IReadOnlyList<RespondentAnswers> respondents)
    {
        var questions = r.Sections.SelectMany(s => s.Questions).OrderBy(q => q.Position).ToList();
        yield return ["Nama", "Dikirim", .. questions.Select(q => (object?)$"{q.Position}. {q.Text}")];
        foreach (var p in respondents)
            yield return [p.Name, Wib.Moment(p.SubmittedAt), .. questions.Select(q => (object?)p.AnswersByQuestion.GetValueOrDefault(q.QuestionId))];
    }
}
