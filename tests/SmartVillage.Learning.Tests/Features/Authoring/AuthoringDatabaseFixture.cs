using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Authoring;

/// <summary>
/// One demo-seeded database per test class; every test writes its own course, so tests do not see each other's changes.
/// </summary>
public sealed class AuthoringDatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public Actor Hendra { get; private set; } = null!;
    public Actor Dewi { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;
    public string SitiId { get; private set; } = "";
    public string ReviewerId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        Hendra = Actor.Trainer(await IdOfAsync("hendra@smartvillage.test"));
        Dewi = Actor.Trainer(await IdOfAsync("dewi@smartvillage.test"));
        Admin = Actor.Admin(await IdOfAsync("admin@smartvillage.test"));
        ReviewerId = await IdOfAsync("ahmad@smartvillage.test");
        SitiId = await Database.QueryAsync(db => db.Users.Where(u => u.PhoneNumber == "+6281270000001").Select(u => u.Id).SingleAsync());
    }

    private Task<string> IdOfAsync(string email) =>
        Database.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A service from a fresh scope, as one Blazor circuit would have it.</summary>
    public async Task<T> WithServiceAsync<T>(Func<AuthoringService, Task<T>> use)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AuthoringService>());
    }

    public Task WithServiceAsync(Func<AuthoringService, Task> use) =>
        WithServiceAsync<int>(async s => { await use(s); return 0; });

    /// <summary>The question bank service from a fresh scope.</summary>
    public async Task<T> WithBankAsync<T>(Func<QuestionBankService, Task<T>> use)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<QuestionBankService>());
    }

    /// <summary>A course's bank questions with their categories, in the order they were created.</summary>
    public Task<List<BankQuestion>> BankQuestionsOfAsync(string slug) => Database.QueryAsync(db =>
        db.BankQuestions.Include(q => q.Category)
            .Where(q => db.Courses.Any(c => c.Id == q.CourseId && c.Slug == slug))
            .OrderBy(q => q.Id).ToListAsync());

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>Sensible defaults for a course form; each test gets a unique address.</summary>
public static class CourseFormBuilder
{
    public static CourseForm New(string title = "Rencana Kerja Pekon", string track = "MP", string summary = "Menyusun rencana kerja pekon yang dapat dilaksanakan.")
    {
        var slug = Slug.From(title) + "-" + Guid.NewGuid().ToString("N")[..8];
        return new CourseForm { Title = title, Slug = slug, TrackCode = track, Summary = summary, LessonHours = 4, PassingScore = 70, Competencies = "MP-1, MP-2" };
    }

    public static LessonForm Lesson(string title, string markdown = "Isi materi.", int minutes = 10, int? moduleId = null) =>
        new() { Title = title, Markdown = markdown, Minutes = minutes, ModuleId = moduleId };
}
