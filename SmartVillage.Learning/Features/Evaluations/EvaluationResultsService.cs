using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// What an evaluation says, for the people who may read it (<see cref="EvaluationAccess"/>): counts per question and score
/// grouped in SQL over submitted responses, means per question and section, the open answers in alphabetical order (never by
/// person or time), the response rate; a trainer's means across their bimtek and courses over time. Nothing here returns
/// who answered what, except <see cref="RespondentsAsync"/>, which refuses every anonymous form.
/// </summary>
public sealed class EvaluationResultsService(IDbContextFactory<LearningDbContext> dbFactory)
{
    public async Task<EvaluationResults> ResultsAsync(Actor actor, int evaluationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var evaluation = await db.Evaluations.AsNoTracking().Include(e => e.Questions).SingleOrDefaultAsync(e => e.Id == evaluationId, ct)
            ?? throw new DomainException(EvaluationService.NotFoundMessage);
        var reach = await EvaluationAccess.DemandResultsAsync(db, actor, evaluation, ct);
        var submitted = db.EvaluationResponses.Where(r => r.EvaluationId == evaluationId && r.SubmittedAt != null);
        var counts = await (from a in db.EvaluationAnswers
                            join r in submitted on a.ResponseId equals r.Id
                            where a.Score != null
                            group a by new { a.QuestionId, a.Score } into g
                            select new { g.Key.QuestionId, Score = g.Key.Score!.Value, Count = g.Count() }).ToListAsync(ct);
        var open = await (from a in db.EvaluationAnswers
                          join r in submitted on a.ResponseId equals r.Id
                          where a.Text != null
                          select new { a.QuestionId, Text = a.Text! }).ToListAsync(ct);
        var responses = await submitted.CountAsync(ct);
        var eligible = await EligibleAsync(db, evaluation, ct);

        var visible = evaluation.QuestionsInOrder
            .Where(q => q.Section == EvaluationSection.Organisation || reach == EvaluationAccess.Reach.All || q.TrainerId == actor.UserId).ToList();
        var results = visible.ToDictionary(q => q.Id, q =>
        {
            var distribution = Enumerable.Range(1, evaluation.Scale).Select(s => counts.Where(c => c.QuestionId == q.Id && c.Score == s).Sum(c => c.Count)).ToList();
            var answered = distribution.Sum();
            decimal? mean = answered == 0 ? null : Math.Round((decimal)distribution.Select((n, i) => n * (i + 1)).Sum() / answered, 2);
            var texts = open.Where(o => o.QuestionId == q.Id).Select(o => o.Text).Order(StringComparer.Create(Wib.Indonesian, true)).ToList();
            return new QuestionResult(q.Id, q.Position, q.Kind, q.Text, q.IsLikert ? answered : texts.Count, q.IsLikert ? mean : null, distribution, texts);
        });
        var sections = visible.GroupBy(q => (q.Section, q.TrainerId, q.TrainerName))
            .Select(g =>
            {
                var questions = g.Select(q => results[q.Id]).ToList();
                var likert = questions.Where(q => q.Kind == EvaluationItemKind.Likert).ToList();
                var n = likert.Sum(q => q.Distribution.Sum());
                decimal? mean = n == 0 ? null : Math.Round((decimal)likert.Sum(q => q.Distribution.Select((c, i) => c * (i + 1)).Sum()) / n, 2);
                return new SectionResult(g.Key.Section, g.Key.TrainerId, g.Key.TrainerName, mean, questions);
            }).ToList();

        IReadOnlyList<RegencyResponses> byRegency = [];
        if (reach == EvaluationAccess.Reach.All)
        {
            var rows = await submitted.GroupBy(r => r.RegencyCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
            var names = await db.Regencies.ToDictionaryAsync(r => r.Code, r => r.Name, ct);
            byRegency = rows.Select(r => new RegencyResponses(r.Code ?? "", r.Code is null ? "Tanpa kabupaten" : names.GetValueOrDefault(r.Code, r.Code), r.Count))
                .OrderBy(r => r.RegencyCode, StringComparer.Ordinal).ToList();
        }
        return new EvaluationResults(evaluation.Id, evaluation.Subject, evaluation.SubjectId, evaluation.Title, evaluation.TemplateVersion, evaluation.Scale,
            LikertScale.Labels(evaluation.Scale), evaluation.AnonymousToTrainers, responses, eligible, sections, byRegency, reach == EvaluationAccess.Reach.All);
    }

    /// <summary>
    /// Who answered what, for a form that is not anonymous, to its trainers and admins. An anonymous form is refused to
    /// everyone, whatever the request says: the province reads counts by regency, never people.
    /// </summary>
    public async Task<IReadOnlyList<RespondentAnswers>> RespondentsAsync(Actor actor, int evaluationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var evaluation = await db.Evaluations.AsNoTracking().Include(e => e.Questions).SingleOrDefaultAsync(e => e.Id == evaluationId, ct)
            ?? throw new DomainException(EvaluationService.NotFoundMessage);
        var reach = await EvaluationAccess.DemandResultsAsync(db, actor, evaluation, ct);
        if (evaluation.AnonymousToTrainers) throw new DomainException(EvaluationAccess.AnonymousMessage);
        if (reach != EvaluationAccess.Reach.All && !actor.IsTrainer) throw new DomainException(EvaluationAccess.RefusedMessage);
        var visible = evaluation.Questions
            .Where(q => q.Section == EvaluationSection.Organisation || reach == EvaluationAccess.Reach.All || q.TrainerId == actor.UserId)
            .Select(q => q.Id).ToHashSet();
        var rows = await (from r in db.EvaluationResponses
                          where r.EvaluationId == evaluationId && r.SubmittedAt != null
                          join u in db.Users on r.UserId equals u.Id
                          join a in db.EvaluationAnswers on r.Id equals a.ResponseId
                          select new { r.Id, u.FullName, r.SubmittedAt, a.QuestionId, a.Score, a.Text }).ToListAsync(ct);
        return rows.GroupBy(r => (r.Id, r.FullName, r.SubmittedAt))
            .Select(g => new RespondentAnswers(g.Key.FullName, g.Key.SubmittedAt!.Value,
                g.Where(a => visible.Contains(a.QuestionId)).ToDictionary(a => a.QuestionId, a => a.Score?.ToString(Wib.Indonesian) ?? a.Text ?? "")))
            .OrderBy(r => r.Name, StringComparer.Create(Wib.Indonesian, true)).ToList();
    }

    /// <summary>One trainer's mean (their own statements, on the 1–5 scale) in each bimtek and course evaluated, oldest first.</summary>
    public async Task<TrainerHistory> HistoryAsync(Actor actor, string trainerId, CancellationToken ct = default)
    {
        EvaluationAccess.DemandHistory(actor, trainerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = await db.Users.Where(u => u.Id == trainerId).Select(u => u.FullName).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Pelatih tidak ditemukan.");
        var scores = await (from q in db.EvaluationQuestions
                            where q.TrainerId == trainerId && q.Kind == EvaluationItemKind.Likert
                            join a in db.EvaluationAnswers on q.Id equals a.QuestionId
                            join r in db.EvaluationResponses on a.ResponseId equals r.Id
                            where r.SubmittedAt != null && a.Score != null
                            join e in db.Evaluations on q.EvaluationId equals e.Id
                            group new { a.Score, e.Scale } by q.EvaluationId into g
                            select new
                            {
                                EvaluationId = g.Key,
                                Sum = g.Sum(x => 1 + (x.Score!.Value - 1) * 4.0 / (x.Scale - 1)),
                                Count = g.Count(),
                            }).ToListAsync(ct);
        var responses = await (from q in db.EvaluationQuestions
                               where q.TrainerId == trainerId
                               join r in db.EvaluationResponses on q.EvaluationId equals r.EvaluationId
                               where r.SubmittedAt != null
                               group r by q.EvaluationId into g
                               select new { EvaluationId = g.Key, Count = g.Select(r => r.Id).Distinct().Count() }).ToListAsync(ct);
        var ids = responses.Select(r => r.EvaluationId).Union(scores.Select(s => s.EvaluationId)).ToList();
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Subject, e.Title, e.WorkshopId, e.BuiltAt }).ToListAsync(ct);
        var workshopIds = evaluations.Where(e => e.WorkshopId != null).Select(e => e.WorkshopId!.Value).ToList();
        var lastDays = (await db.WorkshopSessions.Where(s => workshopIds.Contains(s.WorkshopId)).Select(s => new { s.WorkshopId, s.EndsAt }).ToListAsync(ct))
            .GroupBy(s => s.WorkshopId).ToDictionary(g => g.Key, g => g.Max(s => s.EndsAt));
        var rows = evaluations.Select(e =>
        {
            var score = scores.FirstOrDefault(s => s.EvaluationId == e.Id);
            decimal? mean = score is null || score.Count == 0 ? null : Math.Round((decimal)(score.Sum / score.Count), 2);
            var date = e.WorkshopId is { } w && lastDays.TryGetValue(w, out var last) ? last : e.BuiltAt;
            return new TrainerHistoryRow(e.Id, e.Subject, e.Title, date, responses.FirstOrDefault(r => r.EvaluationId == e.Id)?.Count ?? 0, mean);
        }).OrderBy(r => r.Date).ToList();
        return new TrainerHistory(trainerId, name, rows);
    }

    /// <summary>The trainers whose history an admin or reviewer may pick; a trainer gets only themselves.</summary>
    public async Task<IReadOnlyList<TrainerChoice>> TrainerChoicesAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = actor.IsAdmin || actor.IsReviewer
            ? await db.EvaluationQuestions.Where(q => q.TrainerId != null).Select(q => q.TrainerId!).Distinct().ToListAsync(ct)
            : actor.IsTrainer ? [actor.UserId] : throw new DomainException(EvaluationAccess.OwnHistoryMessage);
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new TrainerChoice(u.Id, u.FullName)).ToListAsync(ct);
        return people.OrderBy(p => p.Name, StringComparer.Create(Wib.Indonesian, true)).ToList();
    }

    /// <summary>The evaluations the actor reads: a trainer's own bimtek and courses; every one for admins and reviewers (a regency's for a regency reviewer).</summary>
    public async Task<IReadOnlyList<EvaluationSummary>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsAdmin && !actor.IsReviewer && !actor.IsTrainer) throw new DomainException(EvaluationAccess.RefusedMessage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Evaluations.AsNoTracking();
        if (!actor.IsAdmin && !(actor.IsReviewer && actor.ReviewerRegencyCode is null))
        {
            var regency = actor.IsReviewer ? actor.ReviewerRegencyCode : null;
            var me = actor.UserId;
            query = query.Where(e =>
                (e.WorkshopId != null && (db.WorkshopTrainers.Any(t => t.WorkshopId == e.WorkshopId && t.UserId == me)
                                          || (regency != null && db.Workshops.Any(w => w.Id == e.WorkshopId && w.RegencyCode == regency))))
                || (e.CourseId != null && db.CourseTrainers.Any(t => t.CourseId == e.CourseId && t.UserId == me)));
        }
        var rows = await query.Select(e => new
        {
            e.Id, e.Subject, e.WorkshopId, e.CourseId, e.Title, e.BuiltAt, e.AnonymousToTrainers,
            Responses = db.EvaluationResponses.Count(r => r.EvaluationId == e.Id && r.SubmittedAt != null),
        }).ToListAsync(ct);
        return rows.Select(r => new EvaluationSummary(r.Id, r.Subject, r.WorkshopId ?? r.CourseId ?? 0, r.Title, r.BuiltAt, r.Responses, r.AnonymousToTrainers))
            .OrderByDescending(r => r.BuiltAt).ToList();
    }

    /// <summary>
    /// Who could have answered: for a bimtek, the officials present at one of its sessions at least; for a course, those who
    /// completed it. The denominator of the response rate.
    /// </summary>
    private async Task<int> EligibleAsync(LearningDbContext db, Evaluation evaluation, CancellationToken ct)
    {
        if (evaluation.WorkshopId is { } workshopId)
        {
            var sessions = db.WorkshopSessions.Where(s => s.WorkshopId == workshopId).Select(s => s.Id);
            return await db.AttendanceMarks
                .Where(m => sessions.Contains(m.SessionId) && (m.Status == Domain.Attendance.AttendanceStatus.Present || m.Status == Domain.Attendance.AttendanceStatus.Late))
                .Select(m => m.UserId).Distinct().CountAsync(ct);
        }
        return await db.Enrollments.CountAsync(e => e.CourseId == evaluation.CourseId && e.CompletedAt != null, ct);
    }
}
