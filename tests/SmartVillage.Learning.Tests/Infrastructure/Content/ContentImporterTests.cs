using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Infrastructure.Content;

namespace SmartVillage.Learning.Tests.Infrastructure.Content;

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
        return string.Join("\n", courses.Concat(lessons).Concat(modules));
    });
}
