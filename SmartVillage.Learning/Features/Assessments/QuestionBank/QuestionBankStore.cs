using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>What applying a parsed GIFT file to a bank did; <see cref="Questions"/> are the bank rows in file order.</summary>
internal sealed record BankChanges(int Created, int Updated, int Unchanged, int CategoriesCreated, IReadOnlyList<BankQuestion> Questions);

/// <summary>
/// Puts parsed GIFT questions into a course's bank, inside the caller's context and transaction (the trainer's
/// upload and the content import share it). A question is the same question when its category and name match
/// (names compared without case, as SQL Server's unique index does); an unnamed one when its text matches.
/// Matched questions are updated in place, so quizzes and attempts pointing at them stay valid.
/// </summary>
internal static class QuestionBankStore
{
    /// <summary>Problems the parser cannot see: a category path that is not one, a name used twice in one category.</summary>
    public static IReadOnlyList<GiftError> Check(GiftParseResult parsed, string defaultCategory)
    {
        var errors = new List<GiftError>();
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < parsed.Questions.Count; i++)
        {
            var question = parsed.Questions[i];
            string path;
            try
            {
                path = QuestionCategory.NormalizePath(question.Category ?? defaultCategory);
            }
            catch (DomainException e)
            {
                errors.Add(new GiftError(parsed.LineOf(i), e.Message));
                continue;
            }
            if (question.Name is { } name && !seen.Add((path.ToUpperInvariant(), name.ToUpperInvariant())))
                errors.Add(new GiftError(parsed.LineOf(i),
                    $"Nama soal \"{name}\" sudah dipakai soal lain di kategori \"{path}\"; beri nama yang berbeda, karena nama dipakai untuk mencocokkan soal saat impor ulang."));
        }
        return errors;
    }

    public static async Task<BankChanges> ApplyAsync(LearningDbContext db, int courseId, IReadOnlyList<Question> questions, string defaultCategory,
        DateTimeOffset now, CancellationToken ct)
    {
        var categories = (await db.QuestionCategories.Where(c => c.CourseId == courseId).ToListAsync(ct))
            .ToDictionary(c => c.Path, StringComparer.OrdinalIgnoreCase);
        var existing = courseId == 0 ? [] : await db.BankQuestions.Where(q => q.CourseId == courseId).ToListAsync(ct);
        var claimed = new HashSet<BankQuestion>();
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<BankQuestion>();
        int created = 0, updated = 0, unchanged = 0, categoriesCreated = 0;

        foreach (var question in questions)
        {
            var path = QuestionCategory.NormalizePath(question.Category ?? defaultCategory);
            if (!categories.TryGetValue(path, out var category))
            {
                category = new QuestionCategory(courseId, path, now);
                db.QuestionCategories.Add(category);
                categories[path] = category;
                categoriesCreated++;
            }
            var position = positions[path] = positions.GetValueOrDefault(path) + 1;
            var content = question with { Category = null };

            var match = existing.FirstOrDefault(q => q.Category == category && !claimed.Contains(q) && SameQuestion(q, content));
            if (match is null)
            {
                match = BankQuestion.FromQuestion(courseId, category, position, content, now);
                db.BankQuestions.Add(match);
                created++;
            }
            else if (match.Update(position, content, now))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
            claimed.Add(match);
            rows.Add(match);
        }

        return new BankChanges(created, updated, unchanged, categoriesCreated, rows);
    }

    private static bool SameQuestion(BankQuestion row, Question question) =>
        question.Name is { } name
            ? string.Equals(row.Name, name, StringComparison.OrdinalIgnoreCase)
            : row.Name is null && row.Text == question.Text;
}
