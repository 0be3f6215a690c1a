using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>
/// A course's question bank: list it, import a GIFT file into it (whole or not at all), export it as GIFT.
/// Only the course's trainers and admins (<see cref="CourseAccess"/>) may do any of it.
/// </summary>
public sealed class QuestionBankService(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, ILogger<QuestionBankService> logger)
{
    /// <summary>Category for questions of a file that names none.</summary>
    public const string DefaultCategory = "Umum";

    public const string NotFoundMessage = "Kursus tidak ditemukan; mungkin sudah dihapus.";
    public const string ConflictMessage = "Bank soal kursus ini baru saja diubah bersamaan oleh orang lain; unggah lagi berkasnya.";

    public Task<GiftImportResult> ImportGiftAsync(Actor editor, string courseSlug, string text, string? defaultCategory = null,
        CancellationToken ct = default) => ImportAsync(editor, c => c.Slug == courseSlug, text, defaultCategory, ct);

    public Task<GiftImportResult> ImportGiftAsync(Actor editor, int courseId, string text, string? defaultCategory = null,
        CancellationToken ct = default) => ImportAsync(editor, c => c.Id == courseId, text, defaultCategory, ct);

    public async Task<string> ExportGiftAsync(Actor editor, string courseSlug, CancellationToken ct = default) =>
        (await ExportAsync(editor, c => c.Slug == courseSlug, ct)).Text;

    public Task<GiftExport> ExportGiftAsync(Actor editor, int courseId, CancellationToken ct = default) =>
        ExportAsync(editor, c => c.Id == courseId, ct);

    /// <summary>Categories and questions of the course, in bank order; null when there is no such course.</summary>
    public async Task<QuestionBankView?> BankAsync(Actor editor, int courseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await FindAsync(db, c => c.Id == courseId, ct);
        if (course is null) return null;
        CourseAccess.DemandEdit(editor, course.Trainers);
        var categories = await db.QuestionCategories.Where(c => c.CourseId == courseId)
            .Select(c => new { c.Id, c.Path }).ToListAsync(ct);
        var questions = await db.BankQuestions.Where(q => q.CourseId == courseId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new { q.Id, q.CategoryId, q.Name, q.Type, q.Text }).ToListAsync(ct);
        var rows = questions.ToLookup(q => q.CategoryId, q => new QuestionRow(q.Id, q.Name, q.Type, BankQuestion.Excerpt(q.Text, 120)));
        return new QuestionBankView(course.Id, course.Slug, course.Title, categories
            .OrderBy(c => c.Path, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CategoryView(c.Id, c.Path, rows[c.Id].ToList()))
            .ToList());
    }

    private async Task<GiftImportResult> ImportAsync(Actor editor, Expression<Func<Course, bool>> which, string text, string? defaultCategory,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await FindAsync(db, which, ct) ?? throw new DomainException(NotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);

        var parsed = GiftParser.Parse(text);
        if (!parsed.IsValid) return GiftImportResult.Failed(parsed.Errors);
        var category = defaultCategory ?? DefaultCategory;
        var problems = QuestionBankStore.Check(parsed, category);
        if (problems.Count > 0) return GiftImportResult.Failed(problems);

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var changes = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var applied = await QuestionBankStore.ApplyAsync(db, course.Id, parsed.Questions, category, clock.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return applied;
            });
            var result = new GiftImportResult([], changes.Created, changes.Updated, changes.Unchanged, changes.CategoriesCreated);
            logger.LogInformation("GIFT import into {Course} by {User}: {Result}", course.Slug, editor.UserId, result);
            return result;
        }
        catch (DbUpdateException)
        {
            // Someone imported the same questions at the same moment: the unique indexes refused the second copy.
            throw new DomainException(ConflictMessage);
        }
    }

    private async Task<GiftExport> ExportAsync(Actor editor, Expression<Func<Course, bool>> which, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await FindAsync(db, which, ct) ?? throw new DomainException(NotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);
        var questions = await db.BankQuestions.AsNoTracking().Include(q => q.Category)
            .Where(q => q.CourseId == course.Id).ToListAsync(ct);
        var ordered = questions
            .OrderBy(q => q.Category!.Path, StringComparer.OrdinalIgnoreCase).ThenBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => q.ToQuestion())
            .ToList();
        var header = $"// Bank soal kursus \"{course.Title}\" ({course.Slug}), {ordered.Count} soal, diekspor {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC\n\n";
        return new GiftExport($"{course.Slug}-bank-soal.gift", header + GiftWriter.Write(ordered), ordered.Count);
    }

    private sealed record CourseKey(int Id, string Slug, string Title, List<string> Trainers);

    private static Task<CourseKey?> FindAsync(LearningDbContext db, Expression<Func<Course, bool>> which, CancellationToken ct) =>
        db.Courses.Where(which)
            .Select(c => new CourseKey(c.Id, c.Slug, c.Title, c.Trainers.Select(t => t.UserId).ToList()))
            .SingleOrDefaultAsync(ct);
}
