using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>
/// A course's question bank: list it, preview a question, import a GIFT or Moodle XML file into it (whole or not at
/// all), export it in either format. Only the course's trainers and admins (<see cref="CourseAccess"/>) may do any of it.
/// </summary>
public sealed class QuestionBankService(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, ILogger<QuestionBankService> logger)
{
    /// <summary>Category for questions of a file that names none.</summary>
    public const string DefaultCategory = "Umum";

    /// <summary>
    /// A Moodle XML bank carries its images as base64: room for a few dozen photos, not for a video. The upload page
    /// holds every upload to the app's one limit (<c>BrowserUpload</c>, 5 MB); the command line may bring up to this.
    /// </summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const string NotFoundMessage = "Kursus tidak ditemukan; mungkin sudah dihapus.";
    public const string ConflictMessage = "Bank soal kursus ini baru saja diubah bersamaan oleh orang lain; unggah lagi berkasnya.";

    /// <summary>Imports a file whose format is told by its content or, failing that, its name (<c>.xml</c> is Moodle XML, else GIFT).</summary>
    public Task<QuestionImportResult> ImportAsync(Actor editor, int courseId, string fileName, byte[] content, string? defaultCategory = null,
        QuestionFileFormat? format = null, CancellationToken ct = default) =>
        ImportAsync(editor, c => c.Id == courseId, fileName, content, defaultCategory, format, ct);

    /// <summary>As the other overload, by the course's address (the command line's <c>--course SLUG</c>); <paramref name="format"/> overrides detection.</summary>
    public Task<QuestionImportResult> ImportAsync(Actor editor, string courseSlug, string fileName, byte[] content, string? defaultCategory = null,
        QuestionFileFormat? format = null, CancellationToken ct = default) =>
        ImportAsync(editor, c => c.Slug == courseSlug, fileName, content, defaultCategory, format, ct);

    public Task<QuestionImportResult> ImportGiftAsync(Actor editor, string courseSlug, string text, string? defaultCategory = null,
        CancellationToken ct = default) =>
        ImportAsync(editor, courseSlug, "bank.gift", Encoding.UTF8.GetBytes(text), defaultCategory, QuestionFileFormat.Gift, ct);

    public Task<QuestionImportResult> ImportGiftAsync(Actor editor, int courseId, string text, string? defaultCategory = null,
        CancellationToken ct = default) =>
        ImportAsync(editor, courseId, "bank.gift", Encoding.UTF8.GetBytes(text), defaultCategory, QuestionFileFormat.Gift, ct);

    public async Task<string> ExportGiftAsync(Actor editor, string courseSlug, CancellationToken ct = default) =>
        (await ExportAsync(editor, c => c.Slug == courseSlug, QuestionFileFormat.Gift, ct)).Text;

    public Task<QuestionExport> ExportGiftAsync(Actor editor, int courseId, CancellationToken ct = default) =>
        ExportAsync(editor, c => c.Id == courseId, QuestionFileFormat.Gift, ct);

    public Task<QuestionExport> ExportAsync(Actor editor, int courseId, QuestionFileFormat format, CancellationToken ct = default) =>
        ExportAsync(editor, c => c.Id == courseId, format, ct);

    public Task<QuestionExport> ExportAsync(Actor editor, string courseSlug, QuestionFileFormat format, CancellationToken ct = default) =>
        ExportAsync(editor, c => c.Slug == courseSlug, format, ct);

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
            .Select(q => new { q.Id, q.CategoryId, q.Name, q.Type, q.Text, q.Parts, q.Tags, q.IdNumber }).ToListAsync(ct);
        var rows = questions.ToLookup(q => q.CategoryId, q => new QuestionRow(q.Id, q.Name, q.Type, BankQuestion.Excerpt(BankQuestion.DisplayText(q.Text, q.Parts), 120))
        {
            Tags = q.Tags,
            IdNumber = q.IdNumber,
        });
        return new QuestionBankView(course.Id, course.Slug, course.Title, categories
            .OrderBy(c => c.Path, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CategoryView(c.Id, c.Path, rows[c.Id].ToList()))
            .ToList());
    }

    /// <summary>One bank question whole, keys and feedback included, for the trainer's preview; null when it is not in this course.</summary>
    public async Task<Question?> PreviewAsync(Actor editor, int courseId, int questionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await FindAsync(db, c => c.Id == courseId, ct) ?? throw new DomainException(NotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);
        var row = await db.BankQuestions.AsNoTracking().Include(q => q.Category)
            .SingleOrDefaultAsync(q => q.Id == questionId && q.CourseId == courseId, ct);
        return row?.ToQuestion();
    }

    private async Task<QuestionImportResult> ImportAsync(Actor editor, Expression<Func<Course, bool>> which, string fileName, byte[] content,
        string? defaultCategory, QuestionFileFormat? wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await FindAsync(db, which, ct) ?? throw new DomainException(NotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);

        if (content.LongLength > MaxFileBytes)
            return QuestionImportResult.Failed([new QuestionFileError(1, $"Berkas terlalu besar ({content.LongLength / 1024 / 1024} MB); paling besar {MaxFileBytes / 1024 / 1024} MB. Bagi bank soal per kategori.")]);
        var (format, parsed) = QuestionFileText.Parse(fileName, content, wanted);
        if (!parsed.IsValid) return QuestionImportResult.Failed(parsed.Errors, format);
        var category = defaultCategory ?? DefaultCategory;
        var problems = QuestionBankStore.Check(parsed, category);
        if (problems.Count > 0) return QuestionImportResult.Failed(problems, format);

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var changes = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var applied = await QuestionBankStore.ApplyAsync(db, course.Id, parsed.Questions, category, clock.GetUtcNow(), ct, parsed.Lines);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return applied;
            });
            var result = new QuestionImportResult([], changes.Created, changes.Updated, changes.Unchanged, changes.CategoriesCreated)
            {
                Format = format,
                Questions = changes.Outcomes,
            };
            logger.LogInformation("{Format} import into {Course} by {User}: {Result}", format, course.Slug, editor.UserId, result);
            return result;
        }
        catch (DbUpdateException)
        {
            // Someone imported into the same categories at the same moment: the unique indexes or the category's revision refused the second.
            throw new DomainException(ConflictMessage);
        }
    }

    private async Task<QuestionExport> ExportAsync(Actor editor, Expression<Func<Course, bool>> which, QuestionFileFormat format, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await FindAsync(db, which, ct) ?? throw new DomainException(NotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);
        var query = db.BankQuestions.AsNoTracking().AsSplitQuery().Include(q => q.Category).Where(q => q.CourseId == course.Id);
        // GIFT carries no files: leave their bytes in the database.
        var questions = await (format == QuestionFileFormat.MoodleXml ? query.Include(q => q.Files) : query).ToListAsync(ct);
        var ordered = questions
            .OrderBy(q => q.Category!.Path, StringComparer.OrdinalIgnoreCase).ThenBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => q.ToQuestion())
            .ToList();
        var stamp = $"{clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC";
        return format == QuestionFileFormat.MoodleXml
            ? new QuestionExport($"{course.Slug}-bank-soal.xml", "application/xml; charset=utf-8",
                MoodleXmlWriter.Write(ordered), ordered.Count, format)
            : new QuestionExport($"{course.Slug}-bank-soal.gift", "text/plain; charset=utf-8",
                $"// Bank soal kursus \"{course.Title}\" ({course.Slug}), {ordered.Count} soal, diekspor {stamp}\n\n" + GiftWriter.Write(ordered),
                ordered.Count, format);
    }

    private sealed record CourseKey(int Id, string Slug, string Title, List<string> Trainers);

    private static Task<CourseKey?> FindAsync(LearningDbContext db, Expression<Func<Course, bool>> which, CancellationToken ct) =>
        db.Courses.Where(which)
            .Select(c => new CourseKey(c.Id, c.Slug, c.Title, c.Trainers.Select(t => t.UserId).ToList()))
            .SingleOrDefaultAsync(ct);
}
