using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Features.Assessments.Attempts;
using SmartVillage.Learning.Features.Assessments.Grading;
using SmartVillage.Learning.Features.Assessments.LearningGains;
using SmartVillage.Learning.Features.Assessments.QuizResults;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>
/// The attempts world (demo data, the APBDes course's content quizzes, enrolled officials) plus the people who grade:
/// Pak Hendra (the course's trainer), a second trainer added to the course, Bu Dewi (a trainer of other courses), a
/// reviewer and the admin. Attempts are taken through <see cref="AttemptService"/> with the learning-gain recorder
/// registered, as in the app.
/// </summary>
public sealed class GradingWorld : IAsyncLifetime
{
    public AttemptWorld Attempts { get; } = new();
    public Actor Hendra { get; private set; } = null!;
    public Actor CoTrainer { get; private set; } = null!;
    public Actor Dewi { get; private set; } = null!;
    public Actor Reviewer { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;
    public int CourseId { get; private set; }

    public async Task InitializeAsync()
    {
        await Attempts.InitializeAsync();
        await using var db = Attempts.Database.CreateContext();
        // The demo grading story (official 081270000126) is left out, so the figures here are only this world's.
        var demo = await db.Users.Where(u => u.PhoneNumber == DemoGradingStory.OfficialPhone).Select(u => u.Id).SingleAsync();
        await db.QuizAttempts.Where(a => a.UserId == demo).ExecuteDeleteAsync();
        await db.LearningGains.Where(g => g.UserId == demo).ExecuteDeleteAsync();
        string Id(string email) => db.Users.Where(u => u.Email == email).Select(u => u.Id).Single();
        Hendra = Actor.Trainer(Id("hendra@smartvillage.test"));
        Dewi = Actor.Trainer(Id("dewi@smartvillage.test"));
        Reviewer = new Actor(Id("ahmad@smartvillage.test"), IsAdmin: false, IsTrainer: false);
        Admin = Actor.Admin(Id("admin@smartvillage.test"));
        var second = new ApplicationUser { UserName = "trainer2@smartvillage.test", Email = "trainer2@smartvillage.test", FullName = "Yusuf Pratama", CreatedAt = AttemptWorld.Now };
        db.Users.Add(second);
        var course = await db.Courses.Include(c => c.Trainers).SingleAsync(c => c.Slug == AttemptWorld.CourseSlug);
        course.AddTrainer(second.Id);
        await db.SaveChangesAsync();
        CoTrainer = Actor.Trainer(second.Id);
        CourseId = course.Id;
    }

    public IDbContextFactory<LearningDbContext> Factory => Attempts.Factory;

    public LearningGainRecorder Recorder() => new(Factory, Attempts.Clock);

    public AttemptService Taking() => new(Factory, Attempts.Clock, TestEvents.Both(Attempts.Graded, TestEvents.To(Recorder())), NullLogger<AttemptService>.Instance);

    public GradingService Grading() => new(Factory, Attempts.Clock, new EssayGradeFormValidator(),
        TestEvents.Both(Attempts.Graded, TestEvents.To(Recorder())), NullLogger<GradingService>.Instance);

    public ResultsService Results() => new(Factory);

    public LearningGainFigures Figures() => new(Factory);

    /// <summary>The official takes the quiz: each answer the function gives (by question number; null leaves it blank), then submits.</summary>
    public async Task<long> TakeAsync(string official, int quizId, Func<int, Question, Response?> answer)
    {
        var taking = Taking();
        var id = await taking.StartOrResumeAsync(official, quizId);
        await using (var db = Attempts.Database.CreateContext())
        {
            var questions = await db.AttemptQuestions.AsNoTracking().Where(q => q.AttemptId == id).OrderBy(q => q.Number).ToListAsync();
            foreach (var q in questions.Where(q => q.IsGradable))
            {
                if (answer(q.Number, q.ToQuestion()) is { } response) await taking.SaveAnswerAsync(official, id, q.Number, response);
            }
        }
        await taking.SubmitAsync(official, id);
        return id;
    }

    /// <summary>Every question right; the essay (post-test number 17) gets a text for the trainer.</summary>
    public Task<long> TakeAllRightAsync(string official, int quizId, string essay = "Pendapatan transfer 1,2 miliar; belanja bidang 2 terbesar.") =>
        TakeAsync(official, quizId, (_, q) => q.Type == QuestionType.Essay ? new TextResponse(essay) : AttemptWorld.RightAnswer(q));

    public async Task DisposeAsync() => await Attempts.DisposeAsync();
}
