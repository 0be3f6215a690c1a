using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>What a GIFT import did, or (when <see cref="Errors"/> is not empty) why it changed nothing.</summary>
public sealed record GiftImportResult(IReadOnlyList<GiftError> Errors, int Created, int Updated, int Unchanged, int CategoriesCreated)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Questions in the file that are now in the bank.</summary>
    public int Imported => Created + Updated + Unchanged;

    public static GiftImportResult Failed(IReadOnlyList<GiftError> errors) => new(errors, 0, 0, 0, 0);

    public override string ToString() => Succeeded
        ? $"{Imported} questions ({Created} new, {Updated} updated, {Unchanged} unchanged), {CategoriesCreated} new categories"
        : $"{Errors.Count} error(s); nothing imported";
}

/// <summary>A course's bank as the trainer's page lists it.</summary>
public sealed record QuestionBankView(int CourseId, string CourseSlug, string CourseTitle, IReadOnlyList<CategoryView> Categories)
{
    public int QuestionCount => Categories.Sum(c => c.Questions.Count);
}

public sealed record CategoryView(int Id, string Path, IReadOnlyList<QuestionRow> Questions);

public sealed record QuestionRow(int Id, string? Name, QuestionType Type, string Excerpt);

/// <summary>A GIFT file made from a bank.</summary>
public sealed record GiftExport(string FileName, string Text, int Questions);
