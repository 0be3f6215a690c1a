using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Features.ContentImport;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.ContentImport;

public sealed class ContentImporterTests : IAsyncLifetime
{
    private const string Apbdes = "pengelolaan-apbdes-siskeudes";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ContentImporter Importer => database.Services.GetRequiredService<ContentImporter>();

    [Fact]
    public async Task NewDatabase_HoldsEveryCourseOfContentPublished()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryPaths.Content, "courses")).Select(d => Path.GetFileName(d)!).Order().ToList();

        var courses = await database.QueryAsync(db => db.Courses.Select(c => new { c.Slug, c.Status, Lessons = c.Lessons.Count }).ToListAsync());

        Assert.Equal(folders, courses.Select(c => c.Slug).Order().ToList());
        Assert.All(courses, c => Assert.Equal(CourseStatus.Published, c.Status));
        Assert.All(courses, c => Assert.True(c.Lessons >= 4, $"{c.Slug} has {c.Lessons} lessons"));
    }

    [Fact]
    public async Task NewDatabase_HoldsAPreTestAndAPostTestPerCourseFromItsGiftFiles()
    {
        var courses = await database.QueryAsync(db => db.Courses.Select(c => new { c.Id, c.Slug, c.PassingScore }).ToListAsync());
        var quizzes = await database.QueryAsync(db => db.Quizzes.Include(q => q.Slots).ToListAsync());
        var categories = await database.QueryAsync(db => db.QuestionCategories.ToListAsync());

        Assert.Equal(12, categories.Count);
        Assert.Equal(12, quizzes.Count);
        foreach (var course in courses)
        {
            Assert.Equal(["Post-test", "Pre-test"], categories.Where(c => c.CourseId == course.Id).Select(c => c.Path).Order());
            var pre = quizzes.Single(q => q.CourseId == course.Id && q.Purpose == QuizPurpose.PreTest);
            var post = quizzes.Single(q => q.CourseId == course.Id && q.Purpose == QuizPurpose.PostTest);
            Assert.Equal((15, 1, QuizStatus.Published, course.PassingScore), (pre.TimeLimitMinutes, pre.AttemptsAllowed, pre.Status, pre.PassingScore));
            Assert.Equal((20, 2, GradingMethod.Highest, QuizStatus.Published, course.PassingScore),
                (post.TimeLimitMinutes, post.AttemptsAllowed, post.GradingMethod, post.Status, post.PassingScore));
            Assert.True(pre.Slots.Count >= 10, $"{course.Slug} pre-test has {pre.Slots.Count} questions");
            Assert.True(post.Slots.Count >= 10, $"{course.Slug} post-test has {post.Slots.Count} questions");
        }
    }

    [Fact]
    public async Task NewDatabase_PreTestQuizIsTheGiftFileInOrder()
    {
        var file = GiftParser.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "courses", Apbdes, "pre-test.gift")));

        var questions = await database.QueryAsync(db => db.QuizSlots
            .Where(s => db.Quizzes.Any(q => q.Id == s.QuizId && q.Purpose == QuizPurpose.PreTest && db.Courses.Any(c => c.Id == q.CourseId && c.Slug == Apbdes)))
            .OrderBy(s => s.Position)
            .Join(db.BankQuestions.Include(q => q.Category), s => s.QuestionId, q => q.Id, (s, q) => q)
            .ToListAsync());

        Assert.Equal(file.Questions.ToList(), questions.Select(q => q.ToQuestion()).ToList());
    }

    [Fact]
    public async Task Import_BrokenPreTest_NamesFileAndLineAndImportsNothing()
    {
        using var content = new ContentFolder(Apbdes);
        var path = content.PathOf($"courses/{Apbdes}/pre-test.gift");
        File.WriteAllText(path, File.ReadAllText(path) + "\n\n::Rusak::Soal tanpa jawaban benar.{~Satu ~Dua}\n");
        var line = File.ReadAllLines(path).Length;
        content.Write($"courses/{Apbdes}/06-evaluasi-apbdes.md", "---\ntitle: Evaluasi APBDes\nminutes: 15\nmodule: Pelaporan\n---\nIsi.\n");
        var before = await SnapshotAsync();

        var summary = await Importer.ImportAsync(content.Root);

        Assert.False(summary.Succeeded);
        var error = Assert.Single(summary.Errors).ToString();
        Assert.StartsWith($"courses/{Apbdes}/pre-test.gift:{line}: ", error);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Import_EditedPostTestQuestion_UpdatesItInPlaceAndKeepsTheQuiz()
    {
        using var content = new ContentFolder(Apbdes);
        var path = content.PathOf($"courses/{Apbdes}/post-test.gift");
        var text = File.ReadAllText(path);
        var firstName = GiftParser.Parse(text).Questions[0].Name!;
        File.WriteAllText(path, text.Replace("::" + firstName + "::", "::" + firstName + "::[plain]"));
        var quizBefore = await database.QueryAsync(db => db.Quizzes.Include(q => q.Slots)
            .SingleAsync(q => q.Purpose == QuizPurpose.PostTest && db.Courses.Any(c => c.Id == q.CourseId && c.Slug == Apbdes)));

        var summary = await Importer.ImportAsync(content.Root);

        Assert.True(summary.Succeeded, string.Join("\n", summary.Errors));
        Assert.Equal((0, 1, 0, 0), (summary.QuestionsAdded, summary.QuestionsChanged, summary.QuizzesCreated, summary.QuizzesChanged));
        var quizAfter = await database.QueryAsync(db => db.Quizzes.Include(q => q.Slots).SingleAsync(q => q.Id == quizBefore.Id));
        Assert.Equal(quizBefore.Slots.Select(s => s.QuestionId), quizAfter.Slots.OrderBy(s => s.Position).Select(s => s.QuestionId));
    }

    [Fact]
    public async Task Import_SameContentTwice_SecondChangesNothing()
    {
        var before = await SnapshotAsync();

        var summary = await Importer.ImportAsync();

        Assert.True(summary.Succeeded, string.Join("\n", summary.Errors));
        Assert.False(summary.ChangedAnything, summary.ToString());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Import_BrokenFiles_NamesFileAndLineAndImportsNothing()
    {
        using var content = new ContentFolder(Apbdes);
        content.Write("courses/kursus-baru/course.yml", "title: Kursus Baru\ntrack: MP\nsummary: Ringkas.\nlevel: Dasar\nlesson_hours: 4\npassing_score: 70\nversion: 1\n");
        content.Write("courses/kursus-baru/01-pertama.md", "---\ntitle: Pertama\nminutes: 10\nmodule: Satu\n---\nIsi materi.\n");
        content.Write("courses/kursus-rusak/course.yml", "title: Rusak\ntrack: XX\nsummary: Ringkas.\nlevel: Sulit\nlesson_hours: 4\npassing_score: 70\nversion: 1\n");
        content.Write("courses/kursus-rusak/01-materi.md", "---\ntitle: Materi\nminutes: sepuluh\nmodule: Satu\n---\nIsi.\n");
        content.Write("courses/kursus-rusak/02-tanpa-modul.md", "---\ntitle: Tanpa modul\nminutes: 5\n---\nIsi.\n");
        File.AppendAllText(content.PathOf($"courses/{Apbdes}/01-struktur-apbdes.md"), "\nKalimat tambahan yang tidak boleh masuk.\n");
        var before = await SnapshotAsync();

        var summary = await Importer.ImportAsync(content.Root);

        Assert.False(summary.Succeeded);
        var errors = summary.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("courses/kursus-rusak/course.yml:2:") && e.Contains("XX"));
        Assert.Contains(errors, e => e.StartsWith("courses/kursus-rusak/course.yml:4:") && e.Contains("Sulit"));
        Assert.Contains(errors, e => e.StartsWith("courses/kursus-rusak/01-materi.md:3:"));
        Assert.Contains(errors, e => e.StartsWith("courses/kursus-rusak/02-tanpa-modul.md:") && e.Contains("module"));
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await database.QueryAsync(db => db.Courses.AnyAsync(c => c.Slug == "kursus-baru")));
    }

    [Fact]
    public async Task Import_EditedAndNewLessons_KeepLearnersProgressOnEveryLessonStillThere()
    {
        var (userId, lessons) = await EnrollWithTwoLessonsCompleteAsync();
        using var content = new ContentFolder(Apbdes);
        var second = content.PathOf($"courses/{Apbdes}/02-siklus-perencanaan-penganggaran.md");
        File.WriteAllText(second, File.ReadAllText(second).Replace("## Latihan", "## Latihan\n\nCatatan baru dari pelatih.\n"));
        content.Write($"courses/{Apbdes}/06-evaluasi-apbdes.md", "---\ntitle: Evaluasi APBDes\nminutes: 15\nmodule: Pelaporan\n---\nIsi materi evaluasi.\n");

        var summary = await Importer.ImportAsync(content.Root);

        Assert.True(summary.Succeeded, string.Join("\n", summary.Errors));
        Assert.Equal(1, summary.LessonsAdded);
        Assert.Equal(1, summary.LessonsChanged);
        var completed = await database.QueryAsync(db => db.LessonCompletions.Where(c => c.UserId == userId).Select(c => c.LessonId).ToListAsync());
        Assert.Equal(lessons.Take(2).Order(), completed.Order());
        var total = await database.QueryAsync(db => db.Lessons.CountAsync(l => db.Courses.Any(c => c.Id == l.CourseId && c.Slug == Apbdes)));
        Assert.Equal(lessons.Count + 1, total);
    }

    [Fact]
    public async Task Import_RemovedLesson_DropsItAndClearsContinuePointerToIt()
    {
        var (userId, lessons) = await EnrollWithTwoLessonsCompleteAsync(lastVisitedIndex: 4);
        using var content = new ContentFolder(Apbdes);
        File.Delete(content.PathOf($"courses/{Apbdes}/05-pelaporan-dan-pertanggungjawaban.md"));

        var summary = await Importer.ImportAsync(content.Root);

        Assert.True(summary.Succeeded, string.Join("\n", summary.Errors));
        Assert.Equal(1, summary.LessonsRemoved);
        var enrollment = await database.QueryAsync(db => db.Enrollments.SingleAsync(e => e.UserId == userId));
        Assert.Null(enrollment.LastLessonId);
        Assert.False(await database.QueryAsync(db => db.Lessons.AnyAsync(l => l.Id == lessons[4])));
    }

    private async Task<(string UserId, List<int> Lessons)> EnrollWithTwoLessonsCompleteAsync(int lastVisitedIndex = 1)
    {
        await using var db = database.CreateContext();
        var course = await db.Courses.SingleAsync(c => c.Slug == Apbdes);
        var lessons = await db.Lessons.Where(l => l.CourseId == course.Id)
            .OrderBy(l => l.Module!.Position).ThenBy(l => l.Position).Select(l => l.Id).ToListAsync();
        var official = new ApplicationUser { UserName = "+6281299990001", PhoneNumber = "+6281299990001", FullName = "Yanti Official" };
        db.Users.Add(official);
        var user = official.Id;
        var enrollment = new Enrollment(course.Id, user, EnrollmentSource.Self, null, DateTimeOffset.UtcNow);
        enrollment.Visit(lessons[lastVisitedIndex], DateTimeOffset.UtcNow);
        db.Enrollments.Add(enrollment);
        db.LessonCompletions.AddRange(lessons.Take(2).Select(id => new LessonCompletion(user, id, DateTimeOffset.UtcNow)));
        await db.SaveChangesAsync();
        return (user, lessons);
    }

    /// <summary>Everything an import could change, as one comparable string.</summary>
    private Task<string> SnapshotAsync() => database.QueryAsync(async db =>
    {
        var courses = await db.Courses.OrderBy(c => c.Slug).Select(c => $"{c.Slug}|{c.Title}|{c.RowVersion}|{c.Version}|{c.Status}").ToListAsync();
        var lessons = await db.Lessons.OrderBy(l => l.Id).Select(l => $"{l.Id}|{l.Slug}|{l.ModuleId}|{l.Position}|{l.ContentHash}").ToListAsync();
        var modules = await db.Modules.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.Title}|{m.Position}").ToListAsync();
        var categories = await db.QuestionCategories.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.CourseId}|{c.Path}").ToListAsync();
        var questions = (await db.BankQuestions.OrderBy(q => q.Id).ToListAsync())
            .Select(q => $"{q.Id}|{q.CategoryId}|{q.Position}|{q.Name}|{q.Type}|{q.Text}|{q.UpdatedAt:O}|{q.Parts}");
        var quizzes = await db.Quizzes.OrderBy(q => q.Id)
            .Select(q => $"{q.Id}|{q.CourseId}|{q.Purpose}|{q.Title}|{q.Status}|{q.RowVersion}|{q.TimeLimitMinutes}|{q.AttemptsAllowed}|{q.PassingScore}").ToListAsync();
        var slots = await db.QuizSlots.OrderBy(s => s.Id).Select(s => $"{s.Id}|{s.QuizId}|{s.Position}|{s.QuestionId}").ToListAsync();
        return string.Join("\n", courses.Concat(lessons).Concat(modules).Concat(categories).Concat(questions).Concat(quizzes).Concat(slots));
    });
}
