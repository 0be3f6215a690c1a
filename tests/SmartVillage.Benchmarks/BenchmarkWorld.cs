using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Benchmarks;

/// <summary>
/// A real SQLite file (WAL, the app's busy timeout) in a temp folder, migrated with the app's own registration, holding
/// Lampung's regions and the content's courses and quizzes, and <c>officials</c> officials enrolled in the APBDes course.
/// </summary>
public sealed class BenchmarkWorld : IAsyncDisposable
{
    public const string CourseSlug = "pengelolaan-apbdes-siskeudes";

    private BenchmarkWorld(string folder, ServiceProvider services)
    {
        Folder = folder;
        Services = services;
    }

    public string Folder { get; }
    public ServiceProvider Services { get; }
    public IReadOnlyList<string> Officials { get; private set; } = [];
    public int PostTestId { get; private set; }

    public static async Task<BenchmarkWorld> CreateAsync(int officials)
    {
        var folder = Path.Combine(Path.GetTempPath(), "smartvillage-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Learning"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Content:Path"] = FindContent(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        var environment = new BenchEnvironment(folder);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddLearningCore(configuration, environment);
        var world = new BenchmarkWorld(folder, services.BuildServiceProvider());
        var initializer = world.Services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();
        await world.AddOfficialsAsync(officials);
        return world;
    }

    private async Task AddOfficialsAsync(int count)
    {
        await using var db = CreateContext();
        var course = await db.Courses.SingleAsync(c => c.Slug == CourseSlug);
        PostTestId = await db.Quizzes.Where(q => q.CourseId == course.Id && q.Purpose == QuizPurpose.PostTest).Select(q => q.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var user = new ApplicationUser
            {
                UserName = $"+62813900{i:D5}", NormalizedUserName = $"+62813900{i:D5}", PhoneNumber = $"+62813900{i:D5}", FullName = $"Aparatur Uji {i + 1}",
                VillageCode = "18.06.16.2010", CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.Enrollments.Add(new Enrollment(course.Id, user.Id, EnrollmentSource.Cohort, null, now));
            ids.Add(user.Id);
        }
        await db.SaveChangesAsync();
        Officials = ids;
    }

    public LearningDbContext CreateContext() => Services.GetRequiredService<IDbContextFactory<LearningDbContext>>().CreateDbContext();

    /// <summary>A service from a fresh scope, as each request or circuit gets its own.</summary>
    public async Task<T> WithServiceAsync<T>(Func<AttemptService, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AttemptService>());
    }

    /// <summary>The right answer to every gradable question of the attempt, from its snapshot; the essay gets a paragraph.</summary>
    public async Task<IReadOnlyDictionary<int, Response>> AnswersAsync(long attemptId)
    {
        await using var db = CreateContext();
        var questions = await db.AttemptQuestions.AsNoTracking().Where(q => q.AttemptId == attemptId).ToListAsync();
        return questions.Where(q => q.IsGradable).ToDictionary(q => q.Number, q => RightAnswer(q.ToQuestion()));
    }

    private static Response RightAnswer(Question q) => q.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MissingWord => ChoiceResponse.One(q.Choices.Select((c, i) => (c, i)).MaxBy(x => x.c.Weight).i),
        QuestionType.MultipleAnswer => new ChoiceResponse(ValueList.From(q.Choices.Select((c, i) => (c, i)).Where(x => x.c.Weight > 0).Select(x => x.i))),
        QuestionType.TrueFalse => new TrueFalseResponse(q.TrueFalseAnswer!.Correct),
        QuestionType.ShortAnswer => new TextResponse(q.AcceptedAnswers.MaxBy(a => a.Weight)!.Text.Replace("*", "", StringComparison.Ordinal)),
        QuestionType.Numerical => new NumberResponse(q.NumericalAnswers.MaxBy(a => a.Weight)!.Value.ToString("G29", CultureInfo.GetCultureInfo("id-ID"))),
        QuestionType.Matching => new MatchingResponse(q.MatchingPairs.Select((p, i) => (p, i)).Where(x => !x.p.IsDistractor).ToDictionary(x => x.i, x => x.p.Answer)),
        _ => new TextResponse(string.Join(' ', Enumerable.Repeat("Pendapatan pekon kami tahun ini terdiri atas pendapatan transfer dan PADes.", 8))),
    };

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "courses");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "SmartVillage.sln"))) return Path.Combine(dir.FullName, "content");
        }
        return Path.Combine(AppContext.BaseDirectory, "content");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }

    private sealed class BenchEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "SmartVillage.Learning";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
