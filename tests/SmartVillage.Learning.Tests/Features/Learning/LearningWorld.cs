using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Catalog;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Learning;

/// <summary>
/// A database of its own per test (content courses imported and published), a clock the test moves,
/// the two services, and builders for people and a draft course.
/// </summary>
public sealed class LearningWorld : IAsyncLifetime
{
    public const string Apbdes = "pengelolaan-apbdes-siskeudes";
    public const string Layanan = "layanan-publik-digital";
    public const string DraftSlug = "kursus-draf-bumdes";

    public static readonly string[] ApbdesLessons =
    [
        "01-struktur-apbdes", "02-siklus-perencanaan-penganggaran", "03-input-dan-penatausahaan-siskeudes",
        "04-dana-desa-dan-blt-desa", "05-pelaporan-dan-pertanggungjawaban",
    ];

    public TestDatabase Database { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
    public LearningService Learning { get; private set; } = null!;
    public CatalogService Catalog { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var factory = Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();
        Learning = new LearningService(factory, new MarkdownRenderer(), Clock);
        Catalog = new CatalogService(factory);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    public Task<string> OfficialAsync(string name = "Siti Rahmawati") => PersonAsync(name, Roles.Official);

    public Task<string> PersonAsync(string name, string role) =>
        Database.InScopeAsync<UserManager<ApplicationUser>, string>(async users =>
        {
            var user = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@smartvillage.test", FullName = name, CreatedAt = Clock.GetUtcNow() };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, role));
            return user.Id;
        });

    /// <summary>A draft course of two lessons, owned by <paramref name="trainerId"/>.</summary>
    public async Task CreateDraftAsync(string trainerId)
    {
        await using var db = Database.CreateContext();
        var now = Clock.GetUtcNow();
        var course = new Course(DraftSlug, "Tata Kelola BUMDes", "MP", trainerId, now);
        course.Describe(course.Title, "MP", "Mengelola BUMDes dengan tertib.", CourseLevel.Intermediate, 4, 70, [], now);
        var module = course.AddModule("Dasar BUMDes");
        course.AddLesson(module, "01-apa-itu-bumdes", "Apa itu BUMDes", 15, "## BUMDes\n\nBadan usaha milik desa.", now);
        course.AddLesson(module, "02-modal-bumdes", "Modal BUMDes", 15, "## Modal\n\nPenyertaan modal.", now);
        db.Courses.Add(course);
        await db.SaveChangesAsync();
    }

    public async Task UnpublishAsync(string slug)
    {
        await using var db = Database.CreateContext();
        var course = await db.Courses.SingleAsync(c => c.Slug == slug);
        course.Unpublish(Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    public Task<int> LessonIdAsync(string courseSlug, string lessonSlug) =>
        Database.QueryAsync(db => db.Lessons.Where(l => l.Slug == lessonSlug && db.Courses.Any(c => c.Id == l.CourseId && c.Slug == courseSlug))
            .Select(l => l.Id).SingleAsync());

    public Task<int> EnrollmentsAsync(string userId) => Database.QueryAsync(db => db.Enrollments.CountAsync(e => e.UserId == userId));

    public Task<int> CompletionsAsync(string userId) => Database.QueryAsync(db => db.LessonCompletions.CountAsync(c => c.UserId == userId));

    /// <summary>Opens and completes the given lessons in order, a minute apart.</summary>
    public async Task ReadAsync(string userId, string courseSlug, params string[] lessonSlugs)
    {
        foreach (var slug in lessonSlugs)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            var lesson = await Learning.GetLessonAsync(userId, courseSlug, slug) ?? throw new InvalidOperationException($"No lesson {slug}");
            await Learning.MarkCompleteAsync(userId, lesson.LessonId);
        }
    }

    public async Task OpenAsync(string userId, string courseSlug, string lessonSlug)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(await Learning.GetLessonAsync(userId, courseSlug, lessonSlug));
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
