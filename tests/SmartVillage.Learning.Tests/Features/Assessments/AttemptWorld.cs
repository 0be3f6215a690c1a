using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Domain;
using SmartVillage.Learning.Shared.Events;
using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>
/// A demo-seeded database with the content's quizzes, a fake clock, and officials enrolled in the APBDes course. Each
/// <see cref="Service"/> call builds a new service (as a new circuit or request would), so nothing is kept in memory between calls.
/// </summary>
public sealed class AttemptWorld : IAsyncLifetime
{
    public const string CourseSlug = "pengelolaan-apbdes-siskeudes";
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    public TestDatabase Database { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(Now);
    public IReadOnlyList<string> Officials { get; private set; } = [];
    public string NotEnrolled { get; private set; } = "";
    public int PreTestId { get; private set; }
    public int PostTestId { get; private set; }
    public CountingEvents Graded { get; } = new();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        var officials = await Database.QueryAsync(db => db.Users.Where(u => u.VillageCode != null).OrderBy(u => u.PhoneNumber).Select(u => u.Id).ToListAsync());
        Officials = officials.Take(officials.Count - 1).ToList();
        NotEnrolled = officials[^1];
        await using var db = Database.CreateContext();
        var courseId = await db.Courses.Where(c => c.Slug == CourseSlug).Select(c => c.Id).SingleAsync();
        PreTestId = await db.Quizzes.Where(q => q.CourseId == courseId && q.Purpose == QuizPurpose.PreTest).Select(q => q.Id).SingleAsync();
        PostTestId = await db.Quizzes.Where(q => q.CourseId == courseId && q.Purpose == QuizPurpose.PostTest).Select(q => q.Id).SingleAsync();
        var already = await db.Enrollments.Where(e => e.CourseId == courseId).Select(e => e.UserId).ToListAsync();
        foreach (var official in Officials.Except(already)) db.Enrollments.Add(new Enrollment(courseId, official, EnrollmentSource.Self, null, Now.AddDays(-7)));
        await db.SaveChangesAsync();
    }

    public IDbContextFactory<LearningDbContext> Factory => Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    public AttemptService Service(TimeProvider? clock = null) =>
        new(Factory, clock ?? Clock, Graded, NullLogger<AttemptService>.Instance);

    public QuizOutcomes Outcomes() => new(Factory);

    /// <summary>The right answer to each gradable question of the attempt, from its snapshot (essays get a text).</summary>
    public async Task<IReadOnlyDictionary<int, Response>> CorrectAnswersAsync(long attemptId)
    {
        await using var db = Database.CreateContext();
        var questions = await db.AttemptQuestions.AsNoTracking().Where(q => q.AttemptId == attemptId).ToListAsync();
        return questions.Where(q => q.IsGradable).ToDictionary(q => q.Number, q => RightAnswer(q.ToQuestion()));
    }

    public static Response RightAnswer(Question q) => q.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MissingWord => ChoiceResponse.One(q.Choices.Select((c, i) => (c, i)).MaxBy(x => x.c.Weight).i),
        QuestionType.MultipleAnswer => new ChoiceResponse(ValueList.From(q.Choices.Select((c, i) => (c, i)).Where(x => x.c.Weight > 0).Select(x => x.i))),
        QuestionType.TrueFalse => new TrueFalseResponse(q.TrueFalseAnswer!.Correct),
        QuestionType.ShortAnswer => new TextResponse(q.AcceptedAnswers.MaxBy(a => a.Weight)!.Text.Replace("*", "")),
        QuestionType.Numerical => new NumberResponse(q.NumericalAnswers.MaxBy(a => a.Weight)!.Value.ToString("G29", CultureInfo.GetCultureInfo("id-ID"))),
        QuestionType.Matching => new MatchingResponse(q.MatchingPairs.Select((p, i) => (p, i)).Where(x => !x.p.IsDistractor).ToDictionary(x => x.i, x => x.p.Answer)),
        _ => new TextResponse("Musdes kami dihadiri BPD dan warga; hasilnya tiga kegiatan prioritas."),
    };

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>Counts the <see cref="QuizGraded"/> events the service raises, as the certificates feature would receive them.</summary>
    public sealed class CountingEvents : IDomainEventDispatcher
    {
        private int _count;
        public int Count => _count;
        public List<(string UserId, int QuizId)> Calls { get; } = [];

        public Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
        {
            if (domainEvent is QuizGraded graded)
            {
                Interlocked.Increment(ref _count);
                lock (Calls) Calls.Add((graded.UserId, graded.QuizId));
            }
            return Task.CompletedTask;
        }
    }
}
