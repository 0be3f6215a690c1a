using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>What an import of a question file did, or (when <see cref="Errors"/> is not empty) why it changed nothing.</summary>
public sealed record QuestionImportResult(IReadOnlyList<QuestionFileError> Errors, int Created, int Updated, int Unchanged, int CategoriesCreated)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Questions in the file that are now in the bank.</summary>
    public int Imported => Created + Updated + Unchanged;

    public QuestionFileFormat Format { get; init; }

    /// <summary>Each question of the file, in file order: which bank question it became and how it was recognised.</summary>
    public IReadOnlyList<ImportedQuestion> Questions { get; init; } = [];

    public int Matched(QuestionMatch how) => Questions.Count(q => q.Match == how);

    public static QuestionImportResult Failed(IReadOnlyList<QuestionFileError> errors, QuestionFileFormat format = QuestionFileFormat.Gift) =>
        new(errors, 0, 0, 0, 0) { Format = format };

    public override string ToString() => Succeeded
        ? $"{Imported} questions ({Created} new, {Updated} updated, {Unchanged} unchanged), {CategoriesCreated} new categories; " +
          $"matched {Matched(QuestionMatch.IdNumber)} by ID number, {Matched(QuestionMatch.Name)} by name, {Matched(QuestionMatch.Text)} by text"
        : $"{Errors.Count} error(s); nothing imported";
}

/// <summary>How an imported question was recognised in the bank (decision 0004).</summary>
public enum QuestionMatch
{
    /// <summary>Its Moodle ID number is a bank question's in the same category.</summary>
    IdNumber,

    /// <summary>Its name is used once in the category, in the file and in the bank.</summary>
    Name,

    /// <summary>It has no name; its text is a bank question's, once, as Moodle names an unnamed question by its text.</summary>
    Text,

    /// <summary>Nothing in the bank is it: added.</summary>
    New,

    /// <summary>Added because its name (or text) is used more than once in the category, so it cannot say which question it is.</summary>
    NewKeyRepeated,
}

public enum QuestionChange
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>One question of an imported file: its line, what the bank lists it as, its category and what became of it.</summary>
public sealed record ImportedQuestion(int Line, string Label, string Category, QuestionMatch Match, QuestionChange Change);

/// <summary>A course's bank as the trainer's page lists it.</summary>
public sealed record QuestionBankView(int CourseId, string CourseSlug, string CourseTitle, IReadOnlyList<CategoryView> Categories)
{
    public int QuestionCount => Categories.Sum(c => c.Questions.Count);
}

public sealed record CategoryView(int Id, string Path, IReadOnlyList<QuestionRow> Questions);

public sealed record QuestionRow(int Id, string? Name, QuestionType Type, string Excerpt)
{
    /// <summary>Moodle's tags, shown beside the question and offered as filters for random slots.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? IdNumber { get; init; }
}

/// <summary>A question file made from a bank: GIFT or Moodle XML.</summary>
public sealed record QuestionExport(string FileName, string ContentType, string Text, int Questions, QuestionFileFormat Format);
