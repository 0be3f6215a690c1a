using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>What applying a parsed question file to a bank did; <see cref="Questions"/> are the bank rows in file order.</summary>
internal sealed record BankChanges(int Created, int Updated, int Unchanged, int CategoriesCreated, IReadOnlyList<BankQuestion> Questions,
    IReadOnlyList<ImportedQuestion> Outcomes);

/// <summary>
/// Puts parsed questions (GIFT or Moodle XML) into a course's bank, inside the caller's context and transaction (the
/// trainer's upload and the content import share it). Which bank question a file's question is (decision 0004): the one
/// with its ID number in its category; else the one with its name, when that name is used once in the category both in
/// the file and in the bank (an unnamed question is named by its text, as Moodle names it); else it is new. Matched
/// questions are updated in place, so quizzes and attempts pointing at them stay valid.
/// </summary>
internal static class QuestionBankStore
{
    /// <summary>Problems the parser cannot see: a default category that is not one, an ID number used twice in one category.</summary>
    public static IReadOnlyList<QuestionFileError> Check(ParsedQuestions parsed, string defaultCategory)
    {
        var errors = new List<QuestionFileError>();
        var ids = new HashSet<(string, string)>();
        for (var i = 0; i < parsed.Questions.Count; i++)
        {
            var question = parsed.Questions[i];
            string path;
            try
            {
                path = PathOf(question, defaultCategory);
            }
            catch (DomainException e)
            {
                errors.Add(new QuestionFileError(parsed.LineOf(i), e.Message));
                continue;
            }
            if (question.IdNumber is { } id && !ids.Add((path.ToUpperInvariant(), id.ToUpperInvariant())))
                errors.Add(new QuestionFileError(parsed.LineOf(i),
                    $"ID soal \"{id}\" sudah dipakai soal lain di kategori \"{path}\"; di Moodle pun ID soal unik per kategori."));
        }
        return errors;
    }

    public static async Task<BankChanges> ApplyAsync(LearningDbContext db, int courseId, IReadOnlyList<Question> questions, string defaultCategory,
        DateTimeOffset now, CancellationToken ct, IReadOnlyList<int>? lines = null)
    {
        var categories = (await db.QuestionCategories.Where(c => c.CourseId == courseId).ToListAsync(ct))
            .ToDictionary(c => c.Path, StringComparer.OrdinalIgnoreCase);
        var existing = courseId == 0 ? [] : await db.BankQuestions.Include(q => q.Files).Where(q => q.CourseId == courseId).ToListAsync(ct);
        var paths = questions.Select(q => PathOf(q, defaultCategory)).ToList();
        var keyCounts = questions.Select((q, i) => (Path: paths[i], Key: KeyOf(q.Name, q.DisplayText())))
            .GroupBy(k => k, KeyComparer.Instance).ToDictionary(g => g.Key, g => g.Count(), KeyComparer.Instance);
        var claimed = new HashSet<BankQuestion>();
        var touched = new HashSet<QuestionCategory>();
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<BankQuestion>();
        var outcomes = new List<ImportedQuestion>();
        int created = 0, updated = 0, unchanged = 0, categoriesCreated = 0;

        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var path = paths[i];
            if (!categories.TryGetValue(path, out var category))
            {
                category = new QuestionCategory(courseId, path, now);
                db.QuestionCategories.Add(category);
                categories[path] = category;
                categoriesCreated++;
            }
            var position = positions[path] = positions.GetValueOrDefault(path) + 1;
            var content = question with { Category = null };

            var inCategory = existing.Where(q => q.Category == category && !claimed.Contains(q)).ToList();
            var (match, how) = Find(inCategory, content, keyCounts[(path, KeyOf(content.Name, content.DisplayText()))] == 1);
            QuestionChange change;
            if (match is null)
            {
                match = BankQuestion.FromQuestion(courseId, category, position, content, now);
                db.BankQuestions.Add(match);
                created++;
                change = QuestionChange.Created;
            }
            else if (match.Update(position, content with { IdNumber = content.IdNumber ?? match.IdNumber }, now))
            {
                updated++;
                change = QuestionChange.Updated;
            }
            else
            {
                unchanged++;
                change = QuestionChange.Unchanged;
            }
            if (change != QuestionChange.Unchanged && category.Id != 0 && touched.Add(category)) category.Touch();
            claimed.Add(match);
            rows.Add(match);
            outcomes.Add(new ImportedQuestion(lines is not null && i < lines.Count ? lines[i] : 0, match.Label, path, how, change));
        }

        return new BankChanges(created, updated, unchanged, categoriesCreated, rows, outcomes);
    }

    /// <summary>The bank question the file's question is, and how it was recognised; null when it is new.</summary>
    private static (BankQuestion? Row, QuestionMatch How) Find(List<BankQuestion> candidates, Question question, bool keyUniqueInFile)
    {
        if (question.IdNumber is { } id)
        {
            var byId = candidates.FirstOrDefault(q => string.Equals(q.IdNumber, id, StringComparison.OrdinalIgnoreCase));
            if (byId is not null) return (byId, QuestionMatch.IdNumber);
        }

        if (!keyUniqueInFile) return (null, QuestionMatch.NewKeyRepeated);
        var key = KeyOf(question.Name, question.DisplayText());
        var sameKey = candidates.Where(q => KeyComparer.Instance.Equals(("", KeyOf(q.Name, BankQuestion.DisplayText(q.Text, q.Parts))), ("", key))).Take(2).ToList();
        if (sameKey.Count != 1) return (null, sameKey.Count == 0 ? QuestionMatch.New : QuestionMatch.NewKeyRepeated);
        // A bank question that already has another ID number is another question, whatever its name.
        if (question.IdNumber is not null && sameKey[0].IdNumber is not null) return (null, QuestionMatch.New);
        return (sameKey[0], question.Name is null ? QuestionMatch.Text : QuestionMatch.Name);
    }

    /// <summary>A name keys a question; an unnamed one is keyed by its text, the name Moodle would give it.</summary>
    private static string KeyOf(string? name, string displayText) => name is null ? "\u0001" + displayText : name;

    private static string PathOf(Question question, string defaultCategory) =>
        QuestionCategory.NormalizePath(question.Category ?? defaultCategory);

    /// <summary>Names compare without case, as SQL Server's collation does; texts compare exactly.</summary>
    private sealed class KeyComparer : IEqualityComparer<(string Path, string Key)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Path, string Key) x, (string Path, string Key) y) =>
            string.Equals(x.Path, y.Path, StringComparison.OrdinalIgnoreCase)
            && (x.Key.StartsWith('\u0001') ? string.Equals(x.Key, y.Key, StringComparison.Ordinal) : string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase));

        public int GetHashCode((string Path, string Key) k) =>
            HashCode.Combine(k.Path.ToUpperInvariant(), k.Key.StartsWith('\u0001') ? k.Key : k.Key.ToUpperInvariant());
    }
}
