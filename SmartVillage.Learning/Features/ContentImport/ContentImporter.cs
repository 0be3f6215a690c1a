using SmartVillage.Learning.Infrastructure.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Features.ContentImport;

/// <summary>
/// Loads tracks and courses from content/ into the database in one transaction. A course already there
/// is updated in place (lessons matched by file name keep their identity, so learners keep their
/// progress); any error anywhere means nothing is imported.
/// </summary>
public sealed class ContentImporter(IDbContextFactory<LearningDbContext> dbFactory, IOptions<ContentOptions> options, TimeProvider clock, ILogger<ContentImporter> logger,
    EarnedEvidenceRefresher evidence)
{
    public async Task<ContentImportSummary> ImportAsync(string? directory = null, CancellationToken ct = default)
    {
        var root = directory ?? options.Value.Root;
        if (!Directory.Exists(root)) return ContentImportSummary.Failed([new ContentError(root, 1, "Folder konten tidak ditemukan.")]);
        var bundle = new ContentReader().Read(root);
        if (bundle.Errors.Count > 0) return ContentImportSummary.Failed(bundle.Errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        var imported = await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var summary = await ApplyAsync(db, bundle, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            logger.LogInformation("Content imported from {Root}: {Summary}", root, summary);
            return summary;
        });
        // Mappings, lessons, passing scores or tracks may have moved what officials' facts evidence: copy it again for everyone.
        if (imported.ChangedAnything) await evidence.RebuildAsync(ct);
        return imported;
    }

    private async Task<ContentImportSummary> ApplyAsync(LearningDbContext db, ContentBundle bundle, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tracks = await db.Tracks.ToDictionaryAsync(t => t.Code, ct);
        foreach (var t in bundle.Tracks)
        {
            if (tracks.TryGetValue(t.Code, out var track))
            {
                if (track.Title != t.Title || track.Summary != t.Summary) track.Update(t.Title, t.Summary);
            }
            else
            {
                db.Tracks.Add(new Track(t.Code, t.Title, t.Summary));
            }
        }

        var slugs = bundle.Courses.Select(c => c.Slug).ToList();
        var existing = await db.Courses.Where(c => slugs.Contains(c.Slug))
            .Include(c => c.Modules).Include(c => c.Lessons).ThenInclude(l => l.Module)
            .AsSplitQuery()
            .ToDictionaryAsync(c => c.Slug, ct);

        int created = 0, changed = 0, added = 0, edited = 0, removed = 0;
        var imported = new List<(CourseContent Content, Course Course)>();
        foreach (var content in bundle.Courses)
        {
            var isNew = !existing.TryGetValue(content.Slug, out var course);
            if (course is null)
            {
                course = new Course(content.Slug, content.Title, content.TrackCode, ownerId: null, now);
                db.Courses.Add(course);
            }
            imported.Add((content, course));

            var courseChanged = course.Describe(content.Title, content.TrackCode, content.Summary, content.Level, content.LessonHours,
                content.PassingScore, content.Competencies, now);
            if (course.Version != content.Version || !course.FromContent)
            {
                course.MarkFromContent(content.Version);
                courseChanged = true;
            }

            var ordered = new List<Lesson>();
            foreach (var l in content.Lessons)
            {
                var module = course.ModuleTitled(l.Module);
                var lesson = course.Lessons.FirstOrDefault(x => x.Slug == l.Slug);
                if (lesson is null)
                {
                    lesson = course.AddLesson(module, l.Slug, l.Title, l.Minutes, l.Markdown, now);
                    added++;
                }
                else
                {
                    if (lesson.Edit(l.Title, l.Minutes, l.Markdown)) edited++;
                    if (lesson.Module != module) lesson.MoveTo(module);
                }
                ordered.Add(lesson);
            }
            var stale = course.Lessons.Except(ordered).Where(l => l.Id != 0).Select(l => l.Id).ToList();
            if (stale.Count > 0)
            {
                // "Continue where you stopped" must not point at a lesson that no longer exists.
                await db.Enrollments.Where(e => e.LastLessonId != null && stale.Contains(e.LastLessonId.Value))
                    .ExecuteUpdateAsync(u => u.SetProperty(e => e.LastLessonId, (int?)null), ct);
            }
            removed += course.Lessons.Count - ordered.Count;
            course.ArrangeAs(ordered);
            course.DropEmptyModules();
            if (isNew)
            {
                course.Publish(now);
                created++;
            }
            else if (courseChanged)
            {
                changed++;
            }
        }

        // New courses need their ids before their banks; the caller's transaction still makes it all or nothing.
        await db.SaveChangesAsync(ct);
        int questionsAdded = 0, questionsChanged = 0, quizzesCreated = 0, quizzesChanged = 0;
        foreach (var (content, course) in imported)
        {
            foreach (var quizContent in content.Quizzes)
            {
                var bank = await QuestionBankStore.ApplyAsync(db, course.Id, quizContent.Questions, quizContent.Category, now, ct);
                questionsAdded += bank.Created;
                questionsChanged += bank.Updated;
                if (bank.Created > 0) await db.SaveChangesAsync(ct); // the quiz's slots need the new questions' ids
                var (quizCreated, quizChanged) = await ApplyQuizAsync(db, course, quizContent, bank.Questions, now, ct);
                if (quizCreated) quizzesCreated++;
                else if (quizChanged) quizzesChanged++;
            }
        }

        var competencies = bundle.Competencies is { } framework
            ? await CompetencyFrameworkStore.ApplyAsync(db, framework, ct)
            : new CompetencyFrameworkStore.Result(0, 0, 0, false);

        return new ContentImportSummary(true, [], bundle.Tracks.Count, bundle.Courses.Count, created, changed, added, edited, removed,
            questionsAdded, questionsChanged, quizzesCreated, quizzesChanged,
            competencies.Areas, competencies.AreasChanged, competencies.MappingsChanged ? competencies.Mappings : 0);
    }

    /// <summary>The course's quiz of this purpose becomes exactly the file's questions, in order, published. Returns (created, changed).</summary>
    private static async Task<(bool, bool)> ApplyQuizAsync(LearningDbContext db, Course course, QuizContent content, IReadOnlyList<BankQuestion> questions,
        DateTimeOffset now, CancellationToken ct)
    {
        var settings = QuizDefaults.SettingsFor(content.Purpose, course.PassingScore);
        var title = QuizDefaults.TitleFor(content.Purpose, course.Title);
        var quiz = await db.Quizzes.Include(q => q.Slots).SingleOrDefaultAsync(q => q.CourseId == course.Id && q.Purpose == content.Purpose, ct);
        var created = quiz is null;
        if (quiz is null)
        {
            quiz = new Quiz(course.Id, title, content.Purpose, settings, now);
            db.Quizzes.Add(quiz);
        }
        var changed = quiz.Configure(title, settings, now);
        changed |= quiz.UseQuestions(questions.Select(q => q.Id).ToList(), now);
        if (quiz.Status != QuizStatus.Published)
        {
            quiz.Publish(new Dictionary<int, int>(), now);
            changed = true;
        }
        return (created, changed);
    }
}
