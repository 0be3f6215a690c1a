using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Infrastructure.Pdf;

namespace SmartVillage.Learning.Features.Catalog;

/// <summary>
/// The handout's last part: the course's published practice quizzes, to try on the bus. Questions appear as officials
/// see them in the app (each text format drawn: bold stays bold, HTML is not shown as tags), with their options but
/// without keys or feedback: the handout is public, and the app gives the feedback. Pre-tests and post-tests are never
/// printed.
/// </summary>
internal static class HandoutPractice
{
    internal sealed record Quiz(string Title, IReadOnlyList<Item> Items);

    /// <summary>A question (Markdown for the PDF writer and its options), or a random slot's note.</summary>
    internal sealed record Item(string Markdown, IReadOnlyList<string> Options, string? AnswerLine);

    public static async Task<IReadOnlyList<Quiz>> LoadAsync(LearningDbContext db, int courseId, QuestionTextRenderer renderer, CancellationToken ct)
    {
        var quizzes = await db.Quizzes.AsNoTracking().Include(q => q.Slots)
            .Where(q => q.CourseId == courseId && q.Purpose == QuizPurpose.Practice && q.Status == QuizStatus.Published)
            .OrderBy(q => q.Id).ToListAsync(ct);
        if (quizzes.Count == 0) return [];
        var ids = quizzes.SelectMany(q => q.Slots).Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToList();
        var questions = await db.BankQuestions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.ToQuestion(), ct);
        var categories = await db.QuestionCategories.AsNoTracking().Where(c => c.CourseId == courseId).ToDictionaryAsync(c => c.Id, c => c.Path, ct);

        return quizzes.Select(quiz => new Quiz(quiz.Title, quiz.Slots.OrderBy(s => s.Position).Select(slot => slot.QuestionId is { } id
                ? questions.TryGetValue(id, out var q) ? ItemOf(q, renderer) : null
                : new Item($"*{slot.RandomCount} soal acak dari kategori {categories.GetValueOrDefault(slot.CategoryId!.Value, "")}: kerjakan di aplikasi.*", [], null))
            .OfType<Item>().ToList())).ToList();
    }

    private static Item ItemOf(Question q, QuestionTextRenderer renderer)
    {
        string Md(string text) => renderer.ToMarkdown(text, q.TextFormat);
        var text = Md(q.DisplayText());
        return q.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleAnswer or QuestionType.MissingWord =>
                new Item(text, q.Choices.Select(c => Md(c.Text)).ToList(), q.Type == QuestionType.MultipleAnswer ? "Pilih semua yang benar." : null),
            QuestionType.TrueFalse => new Item(text, ["Benar", "Salah"], null),
            QuestionType.Matching => new Item(text, q.MatchingPairs.Where(p => !p.IsDistractor).Select(p => Md(p.Subquestion) + " → ..........").ToList(),
                "Pilihan: " + string.Join("; ", q.MatchingPairs.Select(p => p.Answer).Distinct().Order(StringComparer.OrdinalIgnoreCase))),
            QuestionType.ShortAnswer or QuestionType.Numerical => new Item(text, [], "Jawaban: ...................."),
            QuestionType.Essay => new Item(text, [], "Jawaban ditulis di lembar tersendiri."),
            _ => new Item(text, [], null),
        };
    }

    public static void Write(MarkdownPdfWriter writer, PdfDocument document, IReadOnlyList<Quiz> quizzes)
    {
        foreach (var quiz in quizzes)
        {
            writer.RunningHeader = $"Latihan soal — {quiz.Title}";
            writer.NewPage();
            document.Outlines.Add($"Latihan: {quiz.Title}", writer.CurrentPage);
            writer.WriteHeading($"Latihan soal: {quiz.Title}", 1);
            writer.WriteText("Tanpa kunci jawaban. Kerjakan juga di aplikasi untuk melihat nilai dan umpan baliknya.",
                new TextStyle(9, Color: TextStyle.Muted), spaceAfter: 4);
            writer.WriteRule(2);
            var number = 0;
            foreach (var item in quiz.Items)
            {
                var markdown = new System.Text.StringBuilder($"**{++number}.** {item.Markdown}\n\n");
                // One option per line (hard breaks), lettered as a printed test is; not a bulleted list.
                foreach (var (option, i) in item.Options.Select((o, i) => (o, i))) markdown.Append($"**{(char)('a' + i % 26)}.** {option}  \n");
                if (item.AnswerLine is not null) markdown.Append('\n').Append(item.AnswerLine).Append('\n');
                writer.WriteMarkdown(markdown.ToString());
            }
        }
    }
}
