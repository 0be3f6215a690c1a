using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Learning;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// Issues certificates: checks eligibility (<see cref="CertificateEligibility"/>) against the database, takes the year's
/// next sequence number and inserts the certificate with its snapshot in one transaction, so numbers have no gaps and
/// no duplicates even when two issues race (decision: docs/decisions/0007-certificates.md). Issuing again for the same
/// official and course or workshop returns the certificate they already have.
/// Quiz results come from the assessments feature's <see cref="IQuizOutcomes"/>.
/// </summary>
public sealed class CertificateIssuer(
    IDbContextFactory<LearningDbContext> dbFactory,
    IServiceScopeFactory scopes,
    IOptions<CertificateOptions> options,
    PublicBaseUrl baseUrl,
    TimeProvider clock,
    ILogger<CertificateIssuer> logger,
    IDomainEventDispatcher? events = null)
{
    private const int MaxAttempts = 10;

    // ---- One official ----

    public async Task<IssueOutcome> TryIssueForCourseAsync(string userId, int courseId, string? issuedById = null, CancellationToken ct = default)
    {
        var eligibility = await CourseEligibilityAsync(userId, courseId, ct);
        if (!eligibility.IsEligible) return IssueOutcome.NotEligible(eligibility.Missing!);
        return await IssueAsync(userId, CertificateKind.Course, courseId, eligibility.ScorePercent, issuedById, ct);
    }

    public async Task<IssueOutcome> TryIssueForWorkshopAsync(string userId, int workshopId, string? issuedById = null, CancellationToken ct = default)
    {
        var eligibility = await WorkshopEligibilityAsync(userId, workshopId, ct);
        if (!eligibility.IsEligible) return IssueOutcome.NotEligible(eligibility.Missing!);
        return await IssueAsync(userId, CertificateKind.Workshop, workshopId, eligibility.ScorePercent, issuedById, ct);
    }

    /// <summary>The automatic issue: never throws, so a lesson completion or an attendance mark is never undone by a certificate problem.</summary>
    public async Task IssueQuietlyAsync(Func<Task<IssueOutcome>> issue, string what)
    {
        try
        {
            var outcome = await issue();
            if (outcome.Result == IssueResult.Issued) logger.LogInformation("Certificate {Number} issued automatically ({What})", outcome.Number, what);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Automatic certificate issue failed ({What}); a trainer can issue it in a batch", what);
        }
    }

    // ---- Eligibility ----

    public async Task<Eligibility> CourseEligibilityAsync(string userId, int courseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Courses.Where(c => c.Id == courseId)
            .Select(c => new
            {
                Total = db.Lessons.Count(l => l.CourseId == c.Id),
                Done = db.LessonCompletions.Count(lc => lc.UserId == userId && db.Lessons.Any(l => l.Id == lc.LessonId && l.CourseId == c.Id)),
                Enrolled = db.Enrollments.Any(e => e.CourseId == c.Id && e.UserId == userId),
            })
            .SingleOrDefaultAsync(ct) ?? throw new DomainException("Kursus tidak ditemukan.");
        if (!counts.Enrolled) return Eligibility.No("Belum terdaftar di kursus ini.");
        var progress = CourseProgress.Of(counts.Done, counts.Total);
        if (!progress.IsComplete) return CertificateEligibility.ForCourse(progress, false, null);
        var (hasPostTest, result) = await PostTestAsync(userId, courseId, null, ct);
        return CertificateEligibility.ForCourse(progress, hasPostTest, result);
    }

    public async Task<Eligibility> WorkshopEligibilityAsync(string userId, int workshopId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workshop = await db.Workshops.AsNoTracking().Where(w => w.Id == workshopId)
            .Select(w => new { w.CompletionThreshold, w.PostTestQuizId, w.Status }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException(WorkshopService.NotFoundMessage);
        if (workshop.Status == WorkshopStatus.Cancelled) return Eligibility.No("Bimtek ini dibatalkan.");
        if (!await db.Registrations.AnyAsync(r => r.WorkshopId == workshopId && r.UserId == userId && r.Status == RegistrationStatus.Registered, ct))
            return Eligibility.No("Tidak memegang kursi di bimtek ini.");
        var (rate, total, _) = await AttendanceOfAsync(db, userId, workshopId, ct);
        if (!CertificateEligibility.ForWorkshop(rate, total, workshop.CompletionThreshold, false, null).IsEligible)
            return CertificateEligibility.ForWorkshop(rate, total, workshop.CompletionThreshold, false, null);
        var (hasPostTest, result) = workshop.PostTestQuizId is { } quizId ? await PostTestAsync(userId, null, quizId, ct) : (false, null);
        return CertificateEligibility.ForWorkshop(rate, total, workshop.CompletionThreshold, hasPostTest, result);
    }

    private async Task<(AttendanceRate Rate, int Total, int AttendedHours)> AttendanceOfAsync(LearningDbContext db, string userId, int workshopId, CancellationToken ct)
    {
        var sessions = await db.WorkshopSessions.AsNoTracking().Where(s => s.WorkshopId == workshopId)
            .Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.LessonHours }).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => m.UserId == userId && ids.Contains(m.SessionId))
            .Select(m => new { m.SessionId, m.Status }).ToListAsync(ct);
        AttendanceStatus? MarkOf(int sessionId) => marks.FirstOrDefault(m => m.SessionId == sessionId)?.Status;
        var rate = AttendanceRate.Over(sessions.Select(s => (s.StartsAt, s.EndsAt, MarkOf(s.Id))), clock.GetUtcNow());
        // A certificate states the JP actually attended (Izin and Sakit are not attendance; decision 0005).
        var hours = sessions.Where(s => MarkOf(s.Id) is { } m && AttendanceStatuses.CountsAsPresent(m)).Sum(s => s.LessonHours);
        return (rate, sessions.Count, hours);
    }

    /// <summary>Whether there is a post-test (the course's, or the workshop's quiz) and the official's final result on it.</summary>
    private async Task<(bool HasPostTest, PostTestResult? Result)> PostTestAsync(string userId, int? courseId, int? quizId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outcomes = scope.ServiceProvider.GetRequiredService<IQuizOutcomes>();
        if (quizId is null && courseId is { } course) quizId = await outcomes.FindPostTestQuizIdAsync(course, ct);
        if (quizId is not { } id) return (false, null);
        var outcome = await outcomes.GetFinalOutcomeAsync(userId, id, ct);
        return (true, outcome is null ? null : new PostTestResult(outcome.ScorePercent, outcome.Passed, outcome.Pending));
    }

    // ---- Issue ----

    private async Task<IssueOutcome> IssueAsync(string userId, CertificateKind kind, int subjectId, decimal? score, string? issuedById, CancellationToken ct)
    {
        var subjectKey = Certificate.SubjectKeyOf(kind, kind == CertificateKind.Course ? subjectId : null, kind == CertificateKind.Workshop ? subjectId : null);
        if (await ExistingAsync(userId, subjectKey, ct) is { } existing) return existing;

        var facts = await FactsAsync(userId, kind, subjectId, score, ct);
        var template = options.Value.NumberFormat;
        if (CertificateNumberFormat.Problem(template) is { } problem) throw new DomainException($"Certificates:NumberFormat: {problem}");

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            try
            {
                // BEGIN IMMEDIATE on SQLite: one issuer at a time takes the counter; others wait on the busy timeout.
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (await db.Certificates.AnyAsync(c => c.UserId == userId && c.SubjectKey == subjectKey, ct))
                {
                    await tx.RollbackAsync(ct);
                    return await ExistingAsync(userId, subjectKey, ct) ?? throw new DomainException("Sertifikat tidak dapat dibaca; coba lagi.");
                }
                var now = clock.GetUtcNow();
                var issuedOn = DateOnly.FromDateTime(now.ToWib().DateTime);
                var sequence = await NextSequenceAsync(db, issuedOn.Year, ct);
                var number = CertificateNumberFormat.Format(template, sequence, facts.TrackCode, RegencyShortCodes.Of(facts.RegencyCode), issuedOn);
                var code = VerificationCode.New();
                var snapshot = facts.Snapshot(number, code, issuedOn, baseUrl.VerifyUrl(code));
                var certificate = new Certificate(userId, kind, kind == CertificateKind.Course ? subjectId : null, kind == CertificateKind.Workshop ? subjectId : null,
                    issuedOn.Year, sequence, 0, snapshot, issuedById, now);
                db.Certificates.Add(certificate);
                // Its holder's message is written with it: both exist, or neither.
                await (events ?? NoDomainEvents.Instance).StageAsync(db, new CertificateIssued(userId, facts.Title, number, code), ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                await (events ?? NoDomainEvents.Instance).PublishAsync(new CertificateChanged(userId), ct);
                return new IssueOutcome(IssueResult.Issued, code, number, null);
            }
            catch (Exception e) when (attempt < MaxAttempts && TransactionRetry.ShouldRetry(e))
            {
                // Another issue took the counter, the number or this official's certificate first (unique indexes), or the
                // database was busy: the transaction rolled back, so the sequence has no gap. Start again from a fresh read.
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
        }
    }

    /// <summary>Adds one to the year's counter inside the caller's transaction (the row stays locked until commit) and returns it.</summary>
    internal static async Task<int> NextSequenceAsync(LearningDbContext db, int year, CancellationToken ct)
    {
        var updated = await db.CertificateCounters.Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + 1), ct);
        if (updated == 0)
        {
            // The year's first certificate: a racing first insert fails on the key and retries as an update.
            db.CertificateCounters.Add(new CertificateCounter(year, 1));
            await db.SaveChangesAsync(ct);
            return 1;
        }
        return await db.CertificateCounters.Where(c => c.Year == year).Select(c => c.LastSequence).SingleAsync(ct);
    }

    private async Task<IssueOutcome?> ExistingAsync(string userId, string subjectKey, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId && c.SubjectKey == subjectKey)
            .OrderByDescending(c => c.Revision).Select(c => new { c.VerificationCode, c.Number }).FirstOrDefaultAsync(ct);
        return existing is null ? null : new IssueOutcome(IssueResult.AlreadyIssued, existing.VerificationCode, existing.Number, null);
    }

    /// <summary>What the certificate will say, read now (the holder as they are today, the settings as they are today).</summary>
    private async Task<CertificateFacts> FactsAsync(string userId, CertificateKind kind, int subjectId, decimal? score, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var holder = await HolderAsync(db, userId, ct);
        var settings = await db.CertificateSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? CertificateSettings.Default();
        if (kind == CertificateKind.Course)
        {
            var course = await db.Courses.AsNoTracking().Where(c => c.Id == subjectId)
                .Join(db.Tracks, c => c.TrackCode, t => t.Code, (c, t) => new { c.Title, c.LessonHours, c.TrackCode, Track = t.Title })
                .SingleAsync(ct);
            var lastLesson = await db.LessonCompletions.Where(lc => lc.UserId == userId && db.Lessons.Any(l => l.Id == lc.LessonId && l.CourseId == subjectId))
                .Select(lc => lc.CompletedAt).ToListAsync(ct);
            var completed = lastLesson.Count == 0 ? clock.GetUtcNow() : lastLesson.Max();
            return new CertificateFacts(kind, holder, course.Title, course.TrackCode, course.Track, course.LessonHours, score,
                DateOnly.FromDateTime(completed.ToWib().DateTime), holder.RegencyCode, settings);
        }
        var workshop = await db.Workshops.AsNoTracking().Where(w => w.Id == subjectId)
            .Join(db.Tracks, w => w.TrackCode, t => t.Code, (w, t) => new { w.Title, w.TrackCode, Track = t.Title, w.RegencyCode })
            .SingleAsync(ct);
        var (_, _, hours) = await AttendanceOfAsync(db, userId, subjectId, ct);
        var ends = await db.WorkshopSessions.Where(s => s.WorkshopId == subjectId).Select(s => s.EndsAt).ToListAsync(ct);
        var last = ends.Count == 0 ? clock.GetUtcNow() : ends.Max();
        return new CertificateFacts(kind, holder, workshop.Title, workshop.TrackCode, workshop.Track, hours, score,
            DateOnly.FromDateTime(last.ToWib().DateTime), holder.RegencyCode ?? workshop.RegencyCode, settings);
    }

    internal static async Task<Holder> HolderAsync(LearningDbContext db, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.FullName, u.Position, u.VillageCode }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Akun penerima sertifikat tidak ditemukan.");
        string? village = null, regency = null, regencyCode = null;
        if (user.VillageCode is { } code)
        {
            var place = await (from v in db.Villages
                               where v.Code == code
                               join d in db.Districts on v.DistrictCode equals d.Code
                               join r in db.Regencies on d.RegencyCode equals r.Code
                               select new { v.Name, v.IsUrbanWard, r.Code, Regency = r.Name, r.VillageTerm }).SingleOrDefaultAsync(ct);
            if (place is not null)
            {
                village = $"{(place.IsUrbanWard ? "Kelurahan" : place.VillageTerm)} {place.Name}";
                regency = place.Regency;
                regencyCode = place.Code;
            }
        }
        return new Holder(user.FullName, user.Position is { } p ? OfficialPositions.Label(p) : null, village, regency, regencyCode);
    }

    // ---- Many officials ----

    /// <summary>Issues to every eligible official of the course (enrolled) or workshop (seated); returns what happened to each.</summary>
    internal async Task<BatchIssueResult> IssueAllAsync(CertificateKind kind, int subjectId, string? issuedById, CancellationToken ct)
    {
        List<string> candidates;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            candidates = kind == CertificateKind.Course
                ? await db.Enrollments.Where(e => e.CourseId == subjectId).Select(e => e.UserId).ToListAsync(ct)
                : await db.Registrations.Where(r => r.WorkshopId == subjectId && r.Status == RegistrationStatus.Registered).Select(r => r.UserId).ToListAsync(ct);
        }
        var issued = new List<IssuedCertificate>();
        int already = 0, notEligible = 0;
        foreach (var userId in candidates)
        {
            var outcome = kind == CertificateKind.Course
                ? await TryIssueForCourseAsync(userId, subjectId, issuedById, ct)
                : await TryIssueForWorkshopAsync(userId, subjectId, issuedById, ct);
            switch (outcome.Result)
            {
                case IssueResult.Issued: issued.Add(new IssuedCertificate(userId, outcome.Code!, outcome.Number!)); break;
                case IssueResult.AlreadyIssued: already++; break;
                default: notEligible++; break;
            }
        }
        return new BatchIssueResult(issued, already, notEligible);
    }
}

public enum IssueResult
{
    Issued,
    AlreadyIssued,
    NotEligible,
}

public sealed record IssueOutcome(IssueResult Result, string? Code, string? Number, string? Missing)
{
    public static IssueOutcome NotEligible(string missing) => new(IssueResult.NotEligible, null, null, missing);
}

public sealed record IssuedCertificate(string UserId, string Code, string Number);

public sealed record BatchIssueResult(IReadOnlyList<IssuedCertificate> Issued, int AlreadyIssued, int NotEligible)
{
    public override string ToString() => $"{Issued.Count} diterbitkan, {AlreadyIssued} sudah punya, {NotEligible} belum memenuhi syarat";
}

internal sealed record Holder(string Name, string? Position, string? Village, string? Regency, string? RegencyCode);

internal sealed record CertificateFacts(CertificateKind Kind, Holder Holder, string Title, string TrackCode, string TrackTitle, int LessonHours,
    decimal? Score, DateOnly CompletedOn, string? RegencyCode, CertificateSettings Settings)
{
    public CertificateSnapshot Snapshot(string number, string code, DateOnly issuedOn, string verifyUrl) =>
        new(Kind, number, code, Holder.Name, Holder.Position, Holder.Village, Holder.Regency, Title, TrackTitle, LessonHours, Score,
            CompletedOn, issuedOn, Settings.IssuingPlace, Settings.IssuingBody, Settings.SignatoryName, Settings.SignatoryTitle,
            Settings.SignatoryNip, verifyUrl);
}
