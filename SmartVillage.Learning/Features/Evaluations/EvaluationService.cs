using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// The official's side of evaluations: what is offered (a bimtek after its last session they attended, a completed course),
/// the form with their answers so far, each answer saved the moment it is given, and the one submission. The form is built
/// from the newest template version the first time anyone needs it (a unique index per bimtek and per course makes two
/// first openings build it once); the response is unique per official and evaluation, so racing opens and submits end in
/// one row. Also the trainer's build settings (anonymity, newest version) while nobody has answered.
/// </summary>
public sealed class EvaluationService(IDbContextFactory<LearningDbContext> dbFactory, EvaluationTemplates templates, TimeProvider clock)
{
    public const string NotFoundMessage = "Evaluasi tidak ditemukan.";
    public const string AnswerFirstMessage = "Buka formulir evaluasi dulu dari halaman Anda.";
    private const int MaxAttempts = 5;

    // ---- Officials ----

    /// <summary>The evaluations open to the official now, not yet submitted.</summary>
    public async Task<IReadOnlyList<EvaluationOffer>> OffersAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var offers = new List<EvaluationOffer>();
        var submitted = await (from r in db.EvaluationResponses
                               where r.UserId == userId
                               join e in db.Evaluations on r.EvaluationId equals e.Id
                               select new { e.WorkshopId, e.CourseId, Submitted = r.SubmittedAt != null }).ToListAsync(ct);

        var attendedWorkshops = await (from m in db.AttendanceMarks
                                       where m.UserId == userId && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late)
                                       join s in db.WorkshopSessions on m.SessionId equals s.Id
                                       select s.WorkshopId).Distinct().ToListAsync(ct);
        if (attendedWorkshops.Count > 0)
        {
            var workshops = await db.Workshops.AsNoTracking().Include(w => w.Sessions)
                .Where(w => attendedWorkshops.Contains(w.Id) && w.Status != WorkshopStatus.Cancelled).ToListAsync(ct);
            var present = await PresentSessionsAsync(db, userId, attendedWorkshops, ct);
            foreach (var w in workshops)
            {
                var sessions = w.Sessions.Select(s => (s.StartsAt, s.EndsAt, present.Contains(s.Id))).ToList();
                if (EvaluationWindow.WorkshopRefusal(sessions, now) is not null) continue;
                var mine = submitted.FirstOrDefault(r => r.WorkshopId == w.Id);
                if (mine is { Submitted: true }) continue;
                offers.Add(new EvaluationOffer(EvaluationSubject.Workshop, w.Id, w.Title, w.Sessions.Max(s => s.EndsAt).AddDays(EvaluationWindow.OpenDays), mine is not null));
            }
        }

        var completed = await (from e in db.Enrollments
                               where e.UserId == userId && e.CompletedAt != null
                               join c in db.Courses on e.CourseId equals c.Id
                               select new { c.Id, c.Title, e.CompletedAt }).ToListAsync(ct);
        foreach (var c in completed)
        {
            if (EvaluationWindow.CourseRefusal(c.CompletedAt, now) is not null) continue;
            var mine = submitted.FirstOrDefault(r => r.CourseId == c.Id);
            if (mine is { Submitted: true }) continue;
            offers.Add(new EvaluationOffer(EvaluationSubject.Course, c.Id, c.Title, c.CompletedAt!.Value.AddDays(EvaluationWindow.OpenDays), mine is not null));
        }
        return offers.OrderBy(o => o.Until).ToList();
    }

    /// <summary>
    /// The form for the official, with their answers; builds the form and starts the response on first opening. A submitted
    /// response is shown as submitted (answers not editable). Refused when the evaluation is not open to them.
    /// </summary>
    public async Task<EvaluationForm> OpenAsync(Actor official, EvaluationSubject subject, int subjectId, CancellationToken ct = default)
    {
        if (!official.IsOfficial) throw new DomainException(EvaluationAccess.OfficialsOnlyMessage);
        var evaluationId = await FindAsync(subject, subjectId, ct);
        var existing = evaluationId is { } known ? await ResponseAsync(known, official.UserId, ct) : null;
        if (existing is not { IsSubmitted: true }) await DemandOpenAsync(official.UserId, subject, subjectId, ct);
        evaluationId ??= await EnsureBuiltAsync(subject, subjectId, builtById: null, ct);
        if (existing is null) await StartAsync(evaluationId.Value, official.UserId, ct);
        return await FormAsync(evaluationId.Value, official.UserId, ct);
    }

    /// <summary>Saves one answer (a score for a statement, words for an open question); the same question again replaces it.</summary>
    public async Task SaveAnswerAsync(Actor official, int evaluationId, int questionId, int? score, string? text, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var response = await db.EvaluationResponses.AsNoTracking().SingleOrDefaultAsync(r => r.EvaluationId == evaluationId && r.UserId == official.UserId, ct)
                ?? throw new DomainException(AnswerFirstMessage);
            response.DemandOpen();
            var question = await db.EvaluationQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && q.EvaluationId == evaluationId, ct)
                ?? throw new DomainException(NotFoundMessage);
            var scale = await db.Evaluations.Where(e => e.Id == evaluationId).Select(e => e.Scale).SingleAsync(ct);
            var now = clock.GetUtcNow();
            var answer = await db.EvaluationAnswers.SingleOrDefaultAsync(a => a.ResponseId == response.Id && a.QuestionId == questionId, ct);
            if (answer is null) db.EvaluationAnswers.Add(new EvaluationAnswer(response.Id, question, scale, score, text, now));
            else answer.Change(question, scale, score, text, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // The same answer arrived twice at once (a double tap, a reconnect): the unique index kept one; update it.
            }
        }
    }

    /// <summary>Submits the response once: every statement scored. A second submit (another tab, a double tap) changes nothing.</summary>
    public async Task SubmitAsync(Actor official, int evaluationId, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var response = await db.EvaluationResponses.SingleOrDefaultAsync(r => r.EvaluationId == evaluationId && r.UserId == official.UserId, ct)
                ?? throw new DomainException(AnswerFirstMessage);
            if (response.IsSubmitted) return;
            var questions = await db.EvaluationQuestions.AsNoTracking().Where(q => q.EvaluationId == evaluationId).ToListAsync(ct);
            var answers = await db.EvaluationAnswers.AsNoTracking().Where(a => a.ResponseId == response.Id).ToListAsync(ct);
            response.Submit(questions, answers, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Submitted on another connection in between: read again (then it is submitted and nothing changes).
            }
        }
    }

    // ---- Trainers and admins: the form ----

    /// <summary>The evaluation of a bimtek or course, built from the newest template when it has none yet; the trainer's view.</summary>
    public async Task<int> PrepareAsync(Actor actor, EvaluationSubject subject, int subjectId, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await FindAsync(subject, subjectId, ct) is { } id)
            {
                var evaluation = await db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == id, ct);
                await EvaluationAccess.DemandResultsAsync(db, actor, evaluation, ct);
                return id;
            }
            await EvaluationAccess.DemandBuildAsync(db, actor, subject, subjectId, ct);
        }
        return await EnsureBuiltAsync(subject, subjectId, actor.UserId, ct);
    }

    /// <summary>Builds the form again from the newest template version, for today's trainers, with this anonymity; refused once answered.</summary>
    public async Task RebuildAsync(Actor actor, int evaluationId, BuildSettings settings, CancellationToken ct = default)
    {
        var template = await templates.CurrentAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var evaluation = await db.Evaluations.Include(e => e.Questions).SingleOrDefaultAsync(e => e.Id == evaluationId, ct)
            ?? throw new DomainException(NotFoundMessage);
        await EvaluationAccess.DemandBuildAsync(db, actor, evaluation.Subject, evaluation.SubjectId, ct);
        var answered = await db.EvaluationResponses.AnyAsync(r => r.EvaluationId == evaluationId, ct);
        var trainers = await TrainersAsync(db, evaluation.Subject, evaluation.SubjectId, ct);
        evaluation.Rebuild(template, trainers, settings.AnonymousToTrainers, answered, actor.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    // ---- Helpers ----

    private async Task DemandOpenAsync(string userId, EvaluationSubject subject, int subjectId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        string? refusal;
        if (subject == EvaluationSubject.Workshop)
        {
            var sessions = await db.WorkshopSessions.AsNoTracking().Where(s => s.WorkshopId == subjectId).Select(s => new { s.Id, s.StartsAt, s.EndsAt }).ToListAsync(ct);
            if (sessions.Count == 0) throw new DomainException(NotFoundMessage);
            var present = await PresentSessionsAsync(db, userId, [subjectId], ct);
            refusal = EvaluationWindow.WorkshopRefusal(sessions.Select(s => (s.StartsAt, s.EndsAt, present.Contains(s.Id))).ToList(), now);
        }
        else
        {
            var completedAt = await db.Enrollments.Where(e => e.CourseId == subjectId && e.UserId == userId).Select(e => e.CompletedAt).FirstOrDefaultAsync(ct);
            refusal = EvaluationWindow.CourseRefusal(completedAt, now);
        }
        if (refusal is not null) throw new DomainException(refusal);
    }

    private static async Task<HashSet<int>> PresentSessionsAsync(LearningDbContext db, string userId, IReadOnlyCollection<int> workshopIds, CancellationToken ct) =>
        (await (from m in db.AttendanceMarks
                where m.UserId == userId && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late)
                join s in db.WorkshopSessions on m.SessionId equals s.Id
                where workshopIds.Contains(s.WorkshopId)
                select m.SessionId).ToListAsync(ct)).ToHashSet();

    private async Task<int?> FindAsync(EvaluationSubject subject, int subjectId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = subject == EvaluationSubject.Workshop ? db.Evaluations.Where(e => e.WorkshopId == subjectId) : db.Evaluations.Where(e => e.CourseId == subjectId);
        return await query.Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
    }

    private async Task<EvaluationResponse?> ResponseAsync(int evaluationId, string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.EvaluationResponses.AsNoTracking().SingleOrDefaultAsync(r => r.EvaluationId == evaluationId && r.UserId == userId, ct);
    }

    /// <summary>The form of a bimtek or course; built from the newest template version when there is none (once, whatever races).</summary>
    private async Task<int> EnsureBuiltAsync(EvaluationSubject subject, int subjectId, string? builtById, CancellationToken ct)
    {
        var template = await templates.CurrentAsync(ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var title = subject == EvaluationSubject.Workshop
                ? await db.Workshops.Where(w => w.Id == subjectId).Select(w => w.Title).SingleOrDefaultAsync(ct)
                : await db.Courses.Where(c => c.Id == subjectId).Select(c => c.Title).SingleOrDefaultAsync(ct);
            if (title is null) throw new DomainException(NotFoundMessage);
            var trainers = await TrainersAsync(db, subject, subjectId, ct);
            db.Evaluations.Add(Evaluation.Build(subject, subjectId, title, template, trainers, anonymousToTrainers: true, builtById, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Built by another request at the same moment (unique per bimtek and per course): use that one.
            }
        }
        return await FindAsync(subject, subjectId, ct) ?? throw new DomainException(NotFoundMessage);
    }

    /// <summary>The trainers the form asks about: the owner first, then co-trainers by name.</summary>
    internal static async Task<IReadOnlyList<EvaluationTrainer>> TrainersAsync(LearningDbContext db, EvaluationSubject subject, int subjectId, CancellationToken ct)
    {
        var rows = subject == EvaluationSubject.Workshop
            ? await (from t in db.WorkshopTrainers where t.WorkshopId == subjectId join u in db.Users on t.UserId equals u.Id select new { u.Id, u.FullName, t.IsOwner }).ToListAsync(ct)
            : await (from t in db.CourseTrainers where t.CourseId == subjectId join u in db.Users on t.UserId equals u.Id select new { u.Id, u.FullName, t.IsOwner }).ToListAsync(ct);
        return rows.OrderByDescending(r => r.IsOwner).ThenBy(r => r.FullName, StringComparer.Create(Wib.Indonesian, true))
            .Select(r => new EvaluationTrainer(r.Id, r.FullName)).ToList();
    }

    private async Task StartAsync(int evaluationId, string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var village = await db.Users.Where(u => u.Id == userId).Select(u => u.VillageCode).SingleOrDefaultAsync(ct);
        db.EvaluationResponses.Add(new EvaluationResponse(evaluationId, userId, village is { Length: >= 5 } ? village[..5] : null, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Started in another tab at the same moment: the unique index kept one response, which is the official's.
        }
    }

    private async Task<EvaluationForm> FormAsync(int evaluationId, string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var evaluation = await db.Evaluations.AsNoTracking().Include(e => e.Questions).SingleAsync(e => e.Id == evaluationId, ct);
        var response = await db.EvaluationResponses.AsNoTracking().SingleAsync(r => r.EvaluationId == evaluationId && r.UserId == userId, ct);
        var answers = await db.EvaluationAnswers.AsNoTracking().Where(a => a.ResponseId == response.Id).ToDictionaryAsync(a => a.QuestionId, ct);
        var questions = evaluation.QuestionsInOrder.Select(q => new FormQuestion(q.Id, q.Position, q.Section, q.Kind, q.Text, q.TrainerName,
            answers.GetValueOrDefault(q.Id)?.Score, answers.GetValueOrDefault(q.Id)?.Text)).ToList();
        return new EvaluationForm(evaluation.Id, evaluation.Subject, evaluation.Title, evaluation.Scale, LikertScale.Labels(evaluation.Scale),
            evaluation.AnonymousToTrainers, questions, response.IsSubmitted);
    }
}
