using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Assessments.Grading;

/// <summary>
/// Trainers grading essays by hand: a course's queue, the trainer's courses with essays waiting, and the grade itself,
/// which updates the attempt's score and state (Graded once no essay waits) and raises <see cref="QuizGraded"/>.
/// Only the course's trainers and admins (<see cref="CourseAccess"/>) may see or grade its essays.
/// Two trainers grading one answer: the second is refused instead of overwriting the first (the answer's grade time
/// as each saw it is compared, and the attempt's concurrency token makes that check and the write one step).
/// </summary>
public sealed class GradingService(
    IDbContextFactory<LearningDbContext> dbFactory,
    TimeProvider clock,
    IValidator<EssayGradeForm> validator,
    IDomainEventDispatcher events,
    ILogger<GradingService> logger)
{
    public const string CourseNotFoundMessage = "Kursus tidak ditemukan; mungkin sudah dihapus.";
    public const string EssayNotFoundMessage = "Jawaban esai ini tidak ditemukan; mungkin percobaannya sudah dihapus.";
    public const string AlreadyGradedMessage =
        "Esai ini baru saja dinilai oleh pelatih lain, jadi nilai Anda tidak disimpan. Muat ulang untuk melihat nilai dan komentarnya.";
    private const int MaxRetries = 10;

    /// <summary>The course's essays waiting for a grade, oldest submission first.</summary>
    public async Task<GradingQueue> QueueAsync(Actor editor, int courseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.Where(c => c.Id == courseId)
            .Select(c => new { c.Id, c.Title, Trainers = c.Trainers.Select(t => t.UserId).ToList() })
            .SingleOrDefaultAsync(ct) ?? throw new DomainException(CourseNotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);
        // From the course's bank questions: the (BankQuestionId, GradeStatus) index finds the waiting answers directly.
        var rows = await (from b in db.BankQuestions
                          where b.CourseId == courseId
                          join q in db.AttemptQuestions on b.Id equals q.BankQuestionId
                          where q.GradeStatus == GradeStatus.NeedsManualGrading
                          join a in db.QuizAttempts on q.AttemptId equals a.Id
                          join z in db.Quizzes on a.QuizId equals z.Id
                          join u in db.Users on a.UserId equals u.Id
                          join v in db.Villages on u.VillageCode equals v.Code into villages
                          from v in villages.DefaultIfEmpty()
                          select new
                          {
                              a.Id, q.Number, a.QuizId, z.Title, z.Purpose, u.FullName, Village = v == null ? null : v.Name,
                              a.SubmittedAt, q.Text, q.Parts, q.TextFormat, BankQuestionId = b.Id, q.Response, q.Mark, q.GradedAt,
                          })
            .AsNoTracking().ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset in SQL; a course's waiting essays are few enough to order here.
        var essays = rows.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ThenBy(r => r.Number)
            .Select(r => new EssayToGrade(r.Id, r.Number, r.QuizId, r.Title, r.Purpose, r.FullName, r.Village, r.SubmittedAt,
                BankQuestion.DisplayText(r.Text, r.Parts),
                (r.Response as TextResponse)?.Text ?? "", r.Mark, r.GradedAt)
            {
                QuestionFormat = r.TextFormat,
                BankQuestionId = r.BankQuestionId,
            })
            .ToList();
        return new GradingQueue(course.Id, course.Title, essays);
    }

    /// <summary>"Perlu dinilai": the editor's courses (every course for an admin) with essays waiting, most waiting first.</summary>
    public async Task<IReadOnlyList<CourseToGrade>> CoursesToGradeAsync(Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courses = db.Courses.AsQueryable();
        if (!editor.IsAdmin) courses = courses.Where(c => c.Trainers.Any(t => t.UserId == editor.UserId));
        var counts = await (from c in courses
                            join b in db.BankQuestions on c.Id equals b.CourseId
                            join q in db.AttemptQuestions on b.Id equals q.BankQuestionId
                            where q.GradeStatus == GradeStatus.NeedsManualGrading
                            group q by new { c.Id, c.Title } into g
                            select new { g.Key.Id, g.Key.Title, Essays = g.Count(), OldestAttempt = g.Min(q => q.AttemptId) })
            .ToListAsync(ct);
        var oldestIds = counts.Select(c => c.OldestAttempt).ToList();
        var submitted = await db.QuizAttempts.Where(a => oldestIds.Contains(a.Id)).Select(a => new { a.Id, a.SubmittedAt }).ToDictionaryAsync(a => a.Id, a => a.SubmittedAt, ct);
        return counts.OrderByDescending(c => c.Essays).ThenBy(c => c.Title)
            .Select(c => new CourseToGrade(c.Id, c.Title, c.Essays, submitted.GetValueOrDefault(c.OldestAttempt))).ToList();
    }

    /// <summary>
    /// Grades one essay answer: points (0..its mark) and a comment. Updates the attempt's score, passed and state, then
    /// tells the handlers. Refused for anyone but the course's trainers and admins, and when someone else graded this
    /// answer after the trainer opened it.
    /// </summary>
    public async Task<EssayGraded> GradeAsync(Actor editor, EssayGradeForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        for (var retry = 1; ; retry++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var attempt = await db.QuizAttempts.Include(a => a.Questions).SingleOrDefaultAsync(a => a.Id == form.AttemptId, ct)
                ?? throw new DomainException(EssayNotFoundMessage);
            var trainers = await (from z in db.Quizzes
                                  where z.Id == attempt.QuizId
                                  from t in db.CourseTrainers
                                  where t.CourseId == z.CourseId
                                  select t.UserId).ToListAsync(ct);
            CourseAccess.DemandEdit(editor, trainers);
            var question = attempt.Questions.FirstOrDefault(q => q.Number == form.Number) ?? throw new DomainException(EssayNotFoundMessage);
            if (question.GradedAt != form.SeenGradedAt) throw new DomainException(AlreadyGradedMessage);
            // The mark stored in the attempt is the limit, whatever the form says it is.
            form.MaxPoints = question.Mark;
            await validator.DemandValidAsync(form, ct);
            var points = form.Points!.Value;
            attempt.GradeEssay(form.Number, question.Mark == 0 ? 0 : points / question.Mark, form.Comment, editor.UserId, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (retry < MaxRetries)
            {
                // The attempt changed between reading and writing (this essay by another trainer, or another essay of it): read again and re-check.
                continue;
            }
            logger.LogInformation("Essay {Number} of attempt {AttemptId} graded: {Points}/{Mark}; attempt now {Score}% ({State})",
                form.Number, attempt.Id, points, question.Mark, attempt.ScorePercent, attempt.State);
            await NotifyGradedAsync(attempt.UserId, attempt.QuizId, ct);
            return new EssayGraded(attempt.Id, form.Number, points, attempt.ScorePercent ?? 0, attempt.Passed ?? false, attempt.State);
        }
    }

    private Task NotifyGradedAsync(string userId, int quizId, CancellationToken ct) =>
        events.PublishAsync(new QuizGraded(userId, quizId), ct);
}
