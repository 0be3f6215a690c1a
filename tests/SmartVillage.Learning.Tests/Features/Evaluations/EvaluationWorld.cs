using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Attendance;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Features.Evaluations.Indicators;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Tests.Features.Workshops;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Evaluations;

/// <summary>
/// The workshop world (a demo-seeded database of its own, Pak Hendra, Bu Dewi, the admin, the demo officials) with the
/// evaluation services on a clock of their own: each test makes its own bimtek, marks who came, and moves the clock.
/// </summary>
public sealed class EvaluationWorld : IAsyncLifetime
{
    public WorkshopWorld Workshops { get; } = new();
    /// <summary>The evaluation services' clock; unlike FakeTimeProvider it may go back, so tests in any order set their own time.</summary>
    public SettableClock Clock { get; } = new(WorkshopWorld.Start.AddDays(-3));

    public TestDatabase Database => Workshops.Database;
    public Actor Hendra => Workshops.Hendra;
    public Actor Dewi => Workshops.Dewi;
    public Actor Admin => Workshops.Admin;

    public async Task InitializeAsync() => await Workshops.InitializeAsync();

    public async Task DisposeAsync() => await Workshops.DisposeAsync();

    public IDbContextFactory<LearningDbContext> Factory => Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();

    public EvaluationContent Content { get; } = new(Options.Create(new ContentOptions { Path = RepositoryPaths.Content }));

    public EvaluationTemplates Templates() => new(Factory, Content, Clock);

    public EvaluationService Evaluations() => new(Factory, Templates(), Clock);

    public EvaluationResultsService Results() => new(Factory);

    public VillageIndicatorService Indicators() => new(Factory, Content, Clock);

    /// <summary>
    /// A published three-day bimtek of Pak Hendra (Bu Dewi co-training) from <see cref="WorkshopWorld.Start"/>, with
    /// <paramref name="officials"/> seated and present at every session.
    /// </summary>
    public async Task<(int WorkshopId, IReadOnlyList<int> Sessions)> FinishedWorkshopAsync(IEnumerable<Actor> officials, bool withDewi = true)
    {
        var id = await Workshops.PublishedWorkshopAsync();
        if (withDewi) await Workshops.Workshops().AddCoTrainerAsync(id, "dewi@smartvillage.test", Hendra);
        var sessions = await Workshops.SessionIdsAsync(id);
        foreach (var official in officials)
        {
            await Workshops.Registrations().RegisterAsync(id, official.UserId);
            foreach (var session in sessions) await MarkAsync(session, official, AttendanceStatus.Present);
        }
        return (id, sessions);
    }

    public async Task MarkAsync(int sessionId, Actor official, AttendanceStatus status)
    {
        await using var db = await Factory.CreateDbContextAsync();
        db.AttendanceMarks.Add(new AttendanceMark(sessionId, official.UserId, status, null, AttendanceSource.Roster, Hendra.UserId, WorkshopWorld.Start));
        await db.SaveChangesAsync();
    }

    /// <summary>Demo officials no demo story seats in a bimtek (phones …0100, …0101, …0110 …0112, …0120 …0125), as officials.</summary>
    public IReadOnlyList<Actor> FreeOfficials => Workshops.Officials
        .Where(o => o.Phone is "+6281270000100" or "+6281270000101" or "+6281270000110" or "+6281270000111" or "+6281270000112"
            or "+6281270000120" or "+6281270000121" or "+6281270000122" or "+6281270000123" or "+6281270000124" or "+6281270000125")
        .Select(o => Actor.Official(o.Id)).ToList();

    /// <summary>After the last session of a bimtek made by <see cref="FinishedWorkshopAsync"/> (three days from the start).</summary>
    public void AfterTheBimtek() => Clock.SetUtcNow(WorkshopWorld.Start.AddDays(3));

    /// <summary>Answers every statement with <paramref name="score"/> and every open question with <paramref name="text"/>, then submits.</summary>
    public async Task AnswerAllAsync(Actor official, int workshopId, int score, string? text = null)
    {
        var service = Evaluations();
        var form = await service.OpenAsync(official, Domain.Evaluations.EvaluationSubject.Workshop, workshopId);
        foreach (var q in form.Questions)
        {
            if (q.Kind == Domain.Evaluations.EvaluationItemKind.Likert) await service.SaveAnswerAsync(official, form.EvaluationId, q.Id, score, null);
            else if (text is not null) await service.SaveAnswerAsync(official, form.EvaluationId, q.Id, null, text);
        }
        await service.SubmitAsync(official, form.EvaluationId);
    }
}

public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void SetUtcNow(DateTimeOffset value) => now = value;
}
