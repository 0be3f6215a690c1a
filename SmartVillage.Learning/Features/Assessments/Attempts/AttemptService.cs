using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Assessments.Attempts;

/// <summary>
/// Officials taking quizzes: start or resume, save each answer the moment it is given, submit once, review as the quiz
/// allows. Every method acts for <c>userId</c>, taken by the caller from the signed-in principal, and refuses an attempt
/// that is not that person's. The time limit lives on the server: any read, save or submit after the deadline submits
/// the attempt with the answers saved so far (and <see cref="AttemptSweeper"/> does the same every minute).
/// Races (two tabs, a double click, a retry, the sweeper) are settled by the database: a unique index on the official's
/// attempt numbers and on their one attempt in progress, and the attempt's concurrency token; the loser re-reads and
/// returns what the winner stored. See docs/decisions/0006-quiz-attempts.md.
/// Note: SQLite cannot compare DateTimeOffset in SQL, so deadlines are compared in memory on the few attempts in progress.
/// </summary>
public sealed class AttemptService(
    IDbContextFactory<LearningDbContext> dbFactory,
    TimeProvider clock,
    IDomainEventDispatcher events,
    ILogger<AttemptService> logger)
{
    public const string NotFoundMessage = "Percobaan kuis tidak ditemukan.";
    public const string NotYoursMessage = "Percobaan kuis ini milik peserta lain; Anda hanya dapat membuka kuis Anda sendiri.";
    public const string QuizNotFoundMessage = "Kuis tidak ditemukan.";
    public const string NotEnrolledMessage = "Daftar ke kursus ini lebih dulu untuk mengerjakan kuisnya.";
    public const string NotSubmittedMessage = "Kuis ini belum dikumpulkan; hasilnya tampil sesudah dikumpulkan.";
    private const int MaxRetries = 10;

    // ---- The course page ----

    /// <summary>The course's published quizzes (pre-test first) with the official's status on each; empty when the course has none.</summary>
    public async Task<IReadOnlyList<QuizCard>> CourseQuizzesAsync(string userId, string courseSlug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courseId = await db.Courses.Where(c => c.Slug == courseSlug).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        if (courseId is null) return [];
        var quizzes = await db.Quizzes.AsNoTracking().Include(q => q.Slots)
            .Where(q => q.CourseId == courseId && q.Status == QuizStatus.Published).ToListAsync(ct);
        if (quizzes.Count == 0) return [];
        var enrolled = await db.Enrollments.AnyAsync(e => e.CourseId == courseId && e.UserId == userId, ct);
        var ids = quizzes.Select(q => q.Id).ToList();
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.UserId == userId && ids.Contains(a.QuizId))
            .Select(a => new AttemptRow(a.Id, a.QuizId, a.Number, a.State, a.Deadline, a.ScorePercent, a.GradedAt)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return quizzes.OrderBy(q => q.Purpose).ThenBy(q => q.Id).Select(q =>
        {
            var mine = attempts.Where(a => a.QuizId == q.Id).ToList();
            var open = mine.FirstOrDefault(a => a.State == AttemptState.InProgress);
            var refusal = open is not null ? null
                : !enrolled && q.Purpose != QuizPurpose.Practice ? NotEnrolledMessage
                : AttemptPolicy.StartRefusal(q, mine.Count, now);
            return new QuizCard(q.Id, q.Title, q.Purpose, q.QuestionCount, q.TimeLimitMinutes, q.AttemptsAllowed, mine.Count, open?.Id,
                mine.Where(a => a.State != AttemptState.InProgress).OrderByDescending(a => a.Number).Select(a => (long?)a.Id).FirstOrDefault(),
                refusal, FinalOf(q, mine));
        }).ToList();
    }

    // ---- Taking a quiz ----

    /// <summary>
    /// The official's attempt in progress at the quiz, or a new one when they may start one. Racing calls (a double
    /// click, two tabs) get the same attempt: the unique indexes refuse the second insert, which then reads the first.
    /// </summary>
    public async Task<long> StartOrResumeAsync(string userId, int quizId, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var quiz = await db.Quizzes.AsNoTracking().Include(q => q.Slots).SingleOrDefaultAsync(q => q.Id == quizId, ct)
                ?? throw new DomainException(QuizNotFoundMessage);
            var mine = await db.QuizAttempts.AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId)
                .Select(a => new { a.Id, a.State, a.Deadline }).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var open = mine.FirstOrDefault(a => a.State == AttemptState.InProgress);
            if (open is not null)
            {
                if (open.Deadline is not { } deadline || now < deadline) return open.Id;
                await SubmitCoreAsync(open.Id, userId, ct); // overdue: it is submitted, then a new one may start
                continue;
            }
            await DemandMayTakeAsync(db, quiz, userId, ct);
            var drawn = await DrawAsync(db, quiz, ct);
            var started = QuizAttempt.Start(quiz, userId, mine.Count, drawn, now);
            db.QuizAttempts.Add(started);
            try
            {
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Attempt {AttemptId} ({Number}) started at quiz {QuizId}", started.Id, started.Number, quizId);
                return started.Id;
            }
            catch (DbUpdateException) when (attempt < MaxRetries)
            {
                // Another call won the race for this attempt number (or the one attempt in progress): read what it stored.
            }
        }
    }

    /// <summary>The attempt for answering. Past the deadline it is submitted first and comes back finished.</summary>
    public async Task<AttemptView> AttemptAsync(string userId, long attemptId, CancellationToken ct = default)
    {
        await SubmitIfOverdueAsync(userId, attemptId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attempt = await db.QuizAttempts.AsNoTracking().Include(a => a.Questions).SingleOrDefaultAsync(a => a.Id == attemptId, ct)
            ?? throw new DomainException(NotFoundMessage);
        DemandOwner(attempt, userId);
        var header = await QuizHeaderAsync(db, attempt.QuizId, ct);
        return new AttemptView(attempt.Id, attempt.QuizId, header.Title, header.CourseSlug, header.CourseTitle, attempt.Number, attempt.State,
            attempt.StartedAt, attempt.Deadline, clock.GetUtcNow(), attempt.Questions.OrderBy(q => q.Number).Select(ViewOf).ToList());
    }

    /// <summary>
    /// Saves one answer at once, replacing the earlier one; null clears it. Refused after submission; after the deadline
    /// the attempt is submitted with what was saved before and the save is refused with <see cref="QuizAttempt.TimeUpMessage"/>.
    /// </summary>
    public async Task<AnswerSaved> SaveAnswerAsync(string userId, long attemptId, int number, Response? response, CancellationToken ct = default)
    {
        for (var retry = 1; ; retry++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var attempt = await LoadAsync(db, attemptId, userId, ct);
            var now = clock.GetUtcNow();
            if (attempt.IsOverdue(now))
            {
                await SubmitCoreAsync(attemptId, userId, ct);
                throw new DomainException(QuizAttempt.TimeUpMessage);
            }
            attempt.Answer(number, response, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return new AnswerSaved(number, now);
            }
            catch (DbUpdateConcurrencyException) when (retry < MaxRetries)
            {
                // Another tab saved (or submitted) in between: start again from what it stored.
            }
        }
    }

    /// <summary>
    /// Submits and grades, once. A second call, or twenty racing ones, return the one stored result; only the call that
    /// made the submission tells the reactions to <see cref="QuizGraded"/>.
    /// </summary>
    public async Task<AttemptReview> SubmitAsync(string userId, long attemptId, CancellationToken ct = default)
    {
        var (_, attempt) = await SubmitCoreAsync(attemptId, userId, ct);
        // The submitting call already holds the graded attempt: the review is built from it, no second read of the rows.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return ReviewOf(attempt, await QuizHeaderAsync(db, attempt.QuizId, ct));
    }

    /// <summary>The finished attempt as the quiz's review option allows (score only, correct answers, feedback).</summary>
    public async Task<AttemptReview> ReviewAsync(string userId, long attemptId, CancellationToken ct = default)
    {
        await SubmitIfOverdueAsync(userId, attemptId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attempt = await db.QuizAttempts.AsNoTracking().Include(a => a.Questions).SingleOrDefaultAsync(a => a.Id == attemptId, ct)
            ?? throw new DomainException(NotFoundMessage);
        DemandOwner(attempt, userId);
        if (!attempt.IsFinished) throw new DomainException(NotSubmittedMessage);
        return ReviewOf(attempt, await QuizHeaderAsync(db, attempt.QuizId, ct));
    }

    private static AttemptReview ReviewOf(QuizAttempt attempt, QuizHeader header)
    {
        var review = header.Review;
        var questions = review == ReviewOptions.ScoreOnly ? [] : attempt.Questions.OrderBy(q => q.Number).Select(q =>
        {
            var question = q.ToQuestion();
            var showFeedback = review == ReviewOptions.Feedback;
            return new ReviewQuestion(q.Number, q.Type, question.DisplayText(), AnswerText.Of(question, q.Response), q.GradeStatus, q.MarksEarned, q.Mark,
                AnswerText.CorrectAnswer(question),
                showFeedback || q.Type == QuestionType.Essay ? q.Feedback : [],
                showFeedback && q.GeneralFeedback.Length > 0 ? q.GeneralFeedback : null)
            {
                Format = q.TextFormat,
                BankQuestionId = q.BankQuestionId,
            };
        }).ToList();
        return new AttemptReview(attempt.Id, attempt.QuizId, header.Title, header.CourseSlug, header.CourseTitle, header.Purpose, attempt.Number,
            attempt.State, attempt.StartedAt, attempt.SubmittedAt, attempt.AutoSubmitted, attempt.ScorePercent ?? 0, attempt.Passed ?? false,
            attempt.PassingScore, attempt.MarksEarned ?? 0, attempt.MarksPossible, review, questions);
    }

    /// <summary>"Hasil kuis saya": every attempt of the official, newest first.</summary>
    public async Task<IReadOnlyList<MyAttemptRow>> MyAttemptsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (from a in db.QuizAttempts.AsNoTracking()
                          where a.UserId == userId
                          join q in db.Quizzes on a.QuizId equals q.Id
                          join c in db.Courses on q.CourseId equals c.Id
                          select new MyAttemptRow(a.Id, q.Id, q.Title, c.Slug, c.Title, q.Purpose, a.Number, a.State, a.StartedAt, a.SubmittedAt,
                              a.ScorePercent, a.Passed))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.StartedAt).ToList();
    }

    // ---- The time limit ----

    /// <summary>Submits every attempt whose deadline passed; returns how many. Run by <see cref="AttemptSweeper"/>.</summary>
    public async Task<int> SubmitOverdueAsync(CancellationToken ct = default)
    {
        List<(long Id, string UserId)> overdue;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var now = clock.GetUtcNow();
            var open = await db.QuizAttempts.AsNoTracking().Where(a => a.State == AttemptState.InProgress && a.Deadline != null)
                .Select(a => new { a.Id, a.UserId, a.Deadline }).ToListAsync(ct);
            overdue = open.Where(a => a.Deadline <= now).Select(a => (a.Id, a.UserId)).ToList();
        }
        var submitted = 0;
        foreach (var (id, userId) in overdue)
        {
            if ((await SubmitCoreAsync(id, userId, ct)).Submitted) submitted++;
        }
        return submitted;
    }

    private async Task SubmitIfOverdueAsync(string userId, long attemptId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.QuizAttempts.AsNoTracking().Where(a => a.Id == attemptId).Select(a => new { a.UserId, a.State, a.Deadline }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException(NotFoundMessage);
        if (row.UserId != userId) throw new DomainException(NotYoursMessage);
        if (row.State == AttemptState.InProgress && row.Deadline is { } deadline && clock.GetUtcNow() >= deadline)
            await SubmitCoreAsync(attemptId, userId, ct);
    }

    /// <summary>
    /// Submits the attempt unless it already is. Returns true only for the call whose submission was stored; a call that
    /// loses the race on the concurrency token re-reads, finds it submitted, and returns false.
    /// </summary>
    private async Task<(bool Submitted, QuizAttempt Attempt)> SubmitCoreAsync(long attemptId, string userId, CancellationToken ct)
    {
        for (var retry = 1; ; retry++)
        {
            int quizId;
            QuizAttempt attempt;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                attempt = await LoadAsync(db, attemptId, userId, ct);
                if (!attempt.Submit(clock.GetUtcNow())) return (false, attempt);
                quizId = attempt.QuizId;
                try
                {
                    await db.SaveChangesAsync(ct);
                    logger.LogInformation("Attempt {AttemptId} submitted{Auto}: {Score}%", attemptId, attempt.AutoSubmitted ? " automatically" : "", attempt.ScorePercent);
                }
                catch (DbUpdateConcurrencyException) when (retry < MaxRetries)
                {
                    continue; // someone else submitted, or an answer was saved a moment before: read again
                }
            }
            await NotifyGradedAsync(userId, quizId, ct);
            return (true, attempt);
        }
    }

    private Task NotifyGradedAsync(string userId, int quizId, CancellationToken ct) =>
        events.PublishAsync(new QuizGraded(userId, quizId), ct);

    // ---- Helpers ----

    private static async Task<QuizAttempt> LoadAsync(LearningDbContext db, long attemptId, string userId, CancellationToken ct)
    {
        var attempt = await db.QuizAttempts.Include(a => a.Questions).SingleOrDefaultAsync(a => a.Id == attemptId, ct)
            ?? throw new DomainException(NotFoundMessage);
        DemandOwner(attempt, userId);
        return attempt;
    }

    private static void DemandOwner(QuizAttempt attempt, string userId)
    {
        if (attempt.UserId != userId) throw new DomainException(NotYoursMessage);
    }

    private static async Task DemandMayTakeAsync(LearningDbContext db, Quiz quiz, string userId, CancellationToken ct)
    {
        var published = await db.Courses.AnyAsync(c => c.Id == quiz.CourseId && c.Status == CourseStatus.Published, ct);
        if (!published) throw new DomainException(AttemptPolicy.NotPublishedMessage);
        // Practice quizzes are open to anyone signed in; a pre-test or post-test counts towards a course, so it needs the enrollment.
        if (quiz.Purpose != QuizPurpose.Practice && !await db.Enrollments.AnyAsync(e => e.CourseId == quiz.CourseId && e.UserId == userId, ct))
            throw new DomainException(NotEnrolledMessage);
    }

    private static async Task<IReadOnlyList<DrawnQuestion>> DrawAsync(LearningDbContext db, Quiz quiz, CancellationToken ct)
    {
        var fixedIds = quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToList();
        var categoryIds = quiz.Slots.Where(s => s.CategoryId is not null).Select(s => s.CategoryId!.Value).Distinct().ToList();
        var rows = await db.BankQuestions.AsNoTracking().Include(q => q.Category)
            .Where(q => fixedIds.Contains(q.Id) || categoryIds.Contains(q.CategoryId)).ToListAsync(ct);
        var bank = rows.ToDictionary(q => q.Id, q => q.ToQuestion());
        var members = rows.Where(q => categoryIds.Contains(q.CategoryId)).GroupBy(q => q.CategoryId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.OrderBy(q => q.Position).Select(q => q.Id).ToList());
        return QuestionDraw.Draw(quiz, bank, members, Random.Shared);
    }

    private static AttemptQuestionView ViewOf(AttemptQuestion q)
    {
        var question = q.ToQuestion();
        var options = q.ChoiceOrder.Select(i => new OptionView(i, question.Choices[i].Text)).ToList();
        var subquestions = question.MatchingPairs.Select((p, i) => (p, i)).Where(x => !x.p.IsDistractor).Select(x => new OptionView(x.i, x.p.Subquestion)).ToList();
        var answers = question.MatchingPairs.Select(p => p.Answer.Trim()).Distinct().Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("id-ID"), true)).ToList();
        return new AttemptQuestionView(q.Number, q.Type, q.Text, q.Parts.TextAfterBlank, q.Mark, options, subquestions, answers, q.Response, q.AnsweredAt)
        {
            Format = q.TextFormat,
            BankQuestionId = q.BankQuestionId,
        };
    }

    private sealed record QuizHeader(string Title, QuizPurpose Purpose, ReviewOptions Review, string CourseSlug, string CourseTitle);

    private static async Task<QuizHeader> QuizHeaderAsync(LearningDbContext db, int quizId, CancellationToken ct) =>
        await (from q in db.Quizzes
               where q.Id == quizId
               join c in db.Courses on q.CourseId equals c.Id
               select new QuizHeader(q.Title, q.Purpose, q.Review, c.Slug, c.Title)).SingleAsync(ct);

    internal sealed record AttemptRow(long Id, int QuizId, int Number, AttemptState State, DateTimeOffset? Deadline, decimal? ScorePercent, DateTimeOffset? GradedAt);

    internal static FinalGrade? FinalOf(Quiz quiz, IEnumerable<AttemptRow> attempts) =>
        FinalGrade.Of(quiz.GradingMethod, quiz.PassingScore, attempts.Where(a => a.State != AttemptState.InProgress)
            .Select(a => new FinishedAttempt(a.Number, a.ScorePercent ?? 0, a.State == AttemptState.Submitted, a.GradedAt ?? DateTimeOffset.MinValue)));
}
