using System.Globalization;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments;

/// <summary>An answer, and a question's key, written as an official reads them on the review page.</summary>
internal static class AnswerText
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Of(Question question, Response? response) => response switch
    {
        null => "",
        ChoiceResponse c => string.Join("; ", c.SelectedIndices.Where(i => i >= 0 && i < question.Choices.Count).Select(i => question.Choices[i].Text)),
        TrueFalseResponse b => b.Value ? "Benar" : "Salah",
        TextResponse t => t.Text,
        NumberResponse n => n.Text,
        MatchingResponse m => string.Join("; ", m.AnswerBySubquestion.OrderBy(p => p.Key)
            .Where(p => p.Key >= 0 && p.Key < question.MatchingPairs.Count)
            .Select(p => $"{question.MatchingPairs[p.Key].Subquestion} → {p.Value}")),
        _ => "",
    };

    /// <summary>The key; null for an essay (graded by a trainer) and a description.</summary>
    public static string? CorrectAnswer(Question question) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MissingWord =>
            string.Join("; ", question.Choices.Where(c => c.Weight == question.Choices.Max(x => x.Weight)).Select(c => c.Text)),
        QuestionType.MultipleAnswer => string.Join("; ", question.Choices.Where(c => c.Weight > 0).Select(c => c.Text)),
        QuestionType.TrueFalse => question.TrueFalseAnswer!.Correct ? "Benar" : "Salah",
        QuestionType.ShortAnswer => question.AcceptedAnswers.OrderByDescending(a => a.Weight).Select(a => a.Text).FirstOrDefault(),
        QuestionType.Numerical => question.NumericalAnswers.OrderByDescending(a => a.Weight).Select(Number).FirstOrDefault(),
        QuestionType.Matching => string.Join("; ", question.MatchingPairs.Where(p => !p.IsDistractor).Select(p => $"{p.Subquestion} → {p.Answer}")),
        _ => null,
    };

    private static string Number(NumericalAnswer a) =>
        a.IsRange ? $"{a.Minimum.ToString("G29", Indonesian)} sampai {a.Maximum.ToString("G29", Indonesian)}"
        : a.Tolerance == 0 ? a.Value.ToString("G29", Indonesian)
        : $"{a.Value.ToString("G29", Indonesian)} ± {a.Tolerance.ToString("G29", Indonesian)}";
}
