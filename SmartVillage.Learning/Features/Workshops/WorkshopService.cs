using System.Data;
using System.Data.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// Pak Hendra's workshops: create, describe, schedule sessions, publish, register a cohort (seats through
/// <see cref="WorkshopSeats"/>). Every call checks <see cref="WorkshopAccess"/> against the database. The officials'
/// own registration is <see cref="WorkshopRegistrationService"/>.
/// Note: SQLite cannot compare DateTimeOffset in SQL, so time filters run on the (small) list of a workshop's sessions.
/// </summary>
public sealed class WorkshopService(IDbContextFactory<LearningDbContext> dbFactory, IValidator<WorkshopForm> validator, TimeProvider clock,
    IDomainEventDispatcher? events = null)
{
    public const string NotFoundMessage = "Bimtek tidak ditemukan; mungkin sudah dihapus.";
    public const string StaleMessage = "Bimtek ini baru saja diubah oleh pelatih lain; muat ulang lalu simpan lagi.";
    internal const int MaxAttempts = 8;

    // ---- Trainer: reading ----

    public async Task<IReadOnlyList<WorkshopSummary>> MyWorkshopsAsync(Actor editor, CancellationToken ct = default)
    {
        WorkshopAccess.DemandCreate(editor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Workshops.AsNoTracking();
        if (!editor.IsAdmin) query = query.Where(w => w.Trainers.Any(t => t.UserId == editor.UserId));
        return await SummariesAsync(db, query, editor.UserId, ct);
    }

    /// <summary>
    /// The trainer's sessions that have not ended by <paramref name="from"/>, soonest first (the admin's: every workshop's), with
    /// how many hold a seat: the home page's "today and next" with links to the roster and the QR.
    /// </summary>
    public async Task<IReadOnlyList<UpcomingSession>> UpcomingSessionsAsync(Actor editor, DateTimeOffset from, int take, CancellationToken ct = default)
    {
        WorkshopAccess.DemandCreate(editor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workshops = db.Workshops.AsNoTracking().Where(w => w.Status != WorkshopStatus.Draft);
        if (!editor.IsAdmin) workshops = workshops.Where(w => w.Trainers.Any(t => t.UserId == editor.UserId));
        // EF cannot compare DateTimeOffset columns on SQLite (stored as text): a trainer's sessions are few, so they are
        // filtered here; the province's 150 workshops' sessions are a few hundred rows for the admin.
        var rows = (await (from w in workshops
                           from s in w.Sessions
                           select new { SessionId = s.Id, WorkshopId = w.Id, w.Title, w.Venue, s.StartsAt, s.EndsAt, s.Topic })
                .ToListAsync(ct))
            .Where(r => r.EndsAt >= from).OrderBy(r => r.StartsAt).Take(take).ToList();
        var ids = rows.Select(r => r.WorkshopId).Distinct().ToList();
        var seats = await db.Registrations.Where(r => ids.Contains(r.WorkshopId) && r.Status == RegistrationStatus.Registered)
            .GroupBy(r => r.WorkshopId).Select(g => new { WorkshopId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.WorkshopId, g => g.Count, ct);
        return rows.Select(r => new UpcomingSession(r.SessionId, r.WorkshopId, r.Title, r.Venue ?? "Daring", r.StartsAt, r.EndsAt, r.Topic,
            seats.GetValueOrDefault(r.WorkshopId))).ToList();
    }

    public async Task<WorkshopDetail?> WorkshopAsync(int workshopId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Trainers).Include(w => w.Sessions)
            .AsSplitQuery().SingleOrDefaultAsync(w => w.Id == workshopId, ct);
        if (workshop is null) return null;
        WorkshopAccess.DemandEdit(editor, workshop.Trainers.Select(t => t.UserId));
        var regency = await db.Regencies.Where(r => r.Code == workshop.RegencyCode).Select(r => r.Name).SingleOrDefaultAsync(ct) ?? workshop.RegencyCode;
        var trainerIds = workshop.Trainers.Select(t => t.UserId).ToList();
        var trainerNames = await db.Users.Where(u => trainerIds.Contains(u.Id)).Select(u => u.FullName).ToListAsync(ct);
        return new WorkshopDetail(workshop.Id, FormOf(workshop), regency, workshop.Status,
            workshop.SessionsInOrder.Select(ViewOf).ToList(), await RegistrantsAsync(db, workshopId, ct), trainerNames);
    }

    internal static async Task<List<RegistrantView>> RegistrantsAsync(LearningDbContext db, int workshopId, CancellationToken ct)
    {
        var rows = await (from r in db.Registrations.AsNoTracking()
                          where r.WorkshopId == workshopId && r.Status != RegistrationStatus.Cancelled
                          join u in db.Users on r.UserId equals u.Id
                          join v in db.Villages on u.VillageCode equals v.Code into villages
                          from v in villages.DefaultIfEmpty()
                          select new { r.UserId, u.FullName, u.PhoneNumber, u.Position, Village = v == null ? null : v.Name, r.Status, r.SeatNumber, r.WaitlistPosition, r.RegisteredAt })
            .ToListAsync(ct);
        return rows
            .Select(r => new RegistrantView(r.UserId, r.FullName, r.PhoneNumber, r.Position is { } p ? OfficialPositions.Label(p) : null, r.Village,
                r.Status, r.SeatNumber, r.WaitlistPosition, r.RegisteredAt))
            .OrderBy(r => r.Status).ThenBy(r => r.WaitlistPosition).ThenBy(r => r.FullName, StringComparer.Create(Wib.Indonesian, true))
            .ToList();
    }

    // ---- Trainer: changing ----

    public async Task<int> CreateAsync(WorkshopForm form, Actor editor, CancellationToken ct = default)
    {
        WorkshopAccess.DemandCreate(editor);
        await DemandValidAsync(form, ct);
        var now = clock.GetUtcNow();
        var workshop = new Workshop(form.Title, form.TrackCode, form.RegencyCode ?? "", form.Capacity, editor.UserId, now);
        Apply(workshop, form, now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(ct);
        return workshop.Id;
    }

    public async Task UpdateAsync(int workshopId, WorkshopForm form, Actor editor, CancellationToken ct = default)
    {
        await DemandValidAsync(form, ct);
        await MutateAsync(workshopId, editor, async (db, workshop, now) =>
        {
            var seated = await db.Registrations.CountAsync(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Registered, ct);
            if (form.Capacity < seated)
                throw new DomainException($"Kapasitas tidak boleh kurang dari {seated} peserta yang sudah mendapat kursi.");
            var grew = form.Capacity > workshop.Capacity;
            Apply(workshop, form, now);
            if (grew)
            {
                var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId && r.Status != RegistrationStatus.Cancelled).ToListAsync(ct);
                var promoted = WorkshopSeating.PromoteWaitlist(registrations, workshop.Capacity, now);
                await WorkshopSeats.StageAsync(events, db, workshopId, promoted.Select(WorkshopSeats.Promoted).ToList(), ct);
            }
        }, ct, form.RowVersion);
        await AttendanceRulesChangedAsync(workshopId, ct);
    }

    /// <summary>
    /// A new threshold, course or track, or one session more or less, changes what every registrant's attendance is
    /// worth (certificates, competency evidence): its reactions re-judge it as after a mark.
    /// </summary>
    private async Task AttendanceRulesChangedAsync(int workshopId, CancellationToken ct)
    {
        await (events ?? NoDomainEvents.Instance).PublishAsync(new AttendanceChanged(workshopId), ct);
    }

    private async Task DemandValidAsync(WorkshopForm form, CancellationToken ct)
    {
        await validator.DemandValidAsync(form, ct);
    }

    public async Task<int> AddSessionAsync(int workshopId, SessionForm form, Actor editor, CancellationToken ct = default)
    {
        if (form.Date is not { } date || form.Starts is not { } starts || form.Ends is not { } ends)
            throw new DomainException("Isi tanggal, jam mulai, dan jam selesai sesi.");
        var day = DateOnly.FromDateTime(date);
        WorkshopSession? added = null;
        await MutateAsync(workshopId, editor, (_, workshop, now) =>
        {
            added = workshop.AddSession(Wib.At(day, TimeOnly.FromTimeSpan(starts)), Wib.At(day, TimeOnly.FromTimeSpan(ends)), form.Topic, form.LessonHours, now);
            return Task.CompletedTask;
        }, ct);
        await AttendanceRulesChangedAsync(workshopId, ct);
        return added!.Id;
    }

    public Task PublishAsync(int workshopId, Actor editor, CancellationToken ct = default) =>
        MutateAsync(workshopId, editor, (_, workshop, now) => { workshop.Publish(now); return Task.CompletedTask; }, ct);

    public Task AddCoTrainerAsync(int workshopId, string email, Actor editor, CancellationToken ct = default) =>
        MutateAsync(workshopId, editor, async (db, workshop, _) =>
        {
            var normalized = email.Trim().ToUpperInvariant();
            var trainer = await db.Users.Where(u => u.NormalizedEmail == normalized
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Trainer)))
                .Select(u => u.Id).FirstOrDefaultAsync(ct) ?? throw new DomainException($"Tidak ada pelatih dengan email {email.Trim()}.");
            workshop.AddTrainer(trainer);
        }, ct);

    public async Task<CohortPreview> PreviewCohortAsync(int workshopId, CohortFilter filter, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandEditAsync(db, workshopId, editor, ct);
        var officials = CohortQuery.Officials(db, filter);
        var matching = await officials.CountAsync(ct);
        var already = await officials.CountAsync(u => db.Registrations.Any(r => r.WorkshopId == workshopId && r.UserId == u.Id && r.Status != RegistrationStatus.Cancelled), ct);
        return new CohortPreview(matching, already);
    }

    /// <summary>Registers every matching official not yet in, in name order: seats while they last, then the waitlist.</summary>
    public async Task<CohortRegistration> RegisterCohortAsync(int workshopId, CohortFilter filter, Actor editor, CancellationToken ct = default)
    {
        if (filter.IsEmpty) throw new DomainException("Pilih paling sedikit wilayah atau jabatan peserta.");
        return await WorkshopSeats.InTransactionAsync(dbFactory, clock, async (db, now) =>
        {
            await DemandEditAsync(db, workshopId, editor, ct);
            var workshop = await WorkshopSeats.LoadAsync(db, workshopId, ct);
            if (workshop.Status != WorkshopStatus.Published) throw new DomainException("Terbitkan bimtek lebih dulu.");
            var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId).ToListAsync(ct);
            var officials = await CohortQuery.Officials(db, filter).OrderBy(u => u.FullName).Select(u => u.Id).ToListAsync(ct);
            int seated = 0, waitlisted = 0, already = 0;
            var changes = new List<SeatChange>();
            foreach (var official in officials)
            {
                if (registrations.Any(r => r.UserId == official && r.IsActive)) { already++; continue; }
                var outcome = WorkshopSeats.Place(db, workshop, registrations, official, editor.UserId, now);
                changes.Add(WorkshopSeats.ChangeOf(official, outcome));
                if (outcome.Status == RegistrationStatus.Registered) seated++; else waitlisted++;
            }
            await WorkshopSeats.StageAsync(events, db, workshopId, changes, ct);
            return new CohortRegistration(seated, waitlisted, already);
        }, ct);
    }

    // ---- Helpers ----

    internal static string PlaceOf(Workshop workshop) => workshop.Venue ?? "Daring";

    internal static SessionView ViewOf(WorkshopSession s) => new(s.Id, s.StartsAt, s.EndsAt, s.Topic, s.LessonHours);

    internal static async Task DemandEditAsync(LearningDbContext db, int workshopId, Actor editor, CancellationToken ct)
    {
        var trainers = await db.WorkshopTrainers.Where(t => t.WorkshopId == workshopId).Select(t => t.UserId).ToListAsync(ct);
        if (trainers.Count == 0 && !await db.Workshops.AnyAsync(w => w.Id == workshopId, ct)) throw new DomainException(NotFoundMessage);
        WorkshopAccess.DemandEdit(editor, trainers);
    }

    private async Task MutateAsync(int workshopId, Actor editor, Func<LearningDbContext, Workshop, DateTimeOffset, Task> change,
        CancellationToken ct, Guid? expectedVersion = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var workshop = await db.Workshops.Include(w => w.Trainers).Include(w => w.Sessions).AsSplitQuery()
                .SingleOrDefaultAsync(w => w.Id == workshopId, ct) ?? throw new DomainException(NotFoundMessage);
            WorkshopAccess.DemandEdit(editor, workshop.Trainers.Select(t => t.UserId));
            if (expectedVersion is { } version)
            {
                if (workshop.RowVersion != version) throw new DomainException(StaleMessage);
                db.Entry(workshop).Property(w => w.RowVersion).OriginalValue = version;
            }
            await change(db, workshop, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(StaleMessage);
        }
    }

    private static void Apply(Workshop workshop, WorkshopForm form, DateTimeOffset now)
    {
        workshop.Describe(form.Title, form.TrackCode, form.CourseId, form.RegencyCode ?? "", form.Venue, form.OnlineLink, form.Capacity,
            form.RegistrationOpens is { } opens ? Wib.At(DateOnly.FromDateTime(opens), TimeOnly.MinValue) : null,
            form.RegistrationCloses is { } closes ? Wib.At(DateOnly.FromDateTime(closes), TimeOnly.MinValue).AddDays(1) : null,
            form.CompletionThreshold, now);
        workshop.SetPostTest(form.PostTestQuizId, now);
    }

    /// <summary>The published post-tests of every course, for the workshop editor's "post-test" choice.</summary>
    public async Task<IReadOnlyList<PostTestChoice>> PostTestChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Quizzes.AsNoTracking().Where(q => q.Purpose == Domain.Assessments.QuizPurpose.PostTest)
            .Join(db.Courses, q => q.CourseId, c => c.Id, (q, c) => new { q.Id, Course = c.Title, q.Title })
            .ToListAsync(ct);
        return rows.Select(r => new PostTestChoice(r.Id, $"{r.Course} — {r.Title}")).OrderBy(r => r.Label, StringComparer.Create(Wib.Indonesian, true)).ToList();
    }

    private static WorkshopForm FormOf(Workshop w) => new()
    {
        Title = w.Title,
        TrackCode = w.TrackCode,
        CourseId = w.CourseId,
        PostTestQuizId = w.PostTestQuizId,
        RegencyCode = w.RegencyCode,
        Venue = w.Venue,
        OnlineLink = w.OnlineLink,
        Capacity = w.Capacity,
        RegistrationOpens = w.RegistrationOpensAt?.ToWib().DateTime.Date,
        RegistrationCloses = w.RegistrationClosesAt?.ToWib().AddDays(-1).DateTime.Date,
        CompletionThreshold = w.CompletionThreshold,
        RowVersion = w.RowVersion,
    };

    internal static async Task<Dictionary<string, string>> RegencyNamesAsync(LearningDbContext db, CancellationToken ct) =>
        await db.Regencies.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct);

    private static async Task<IReadOnlyList<WorkshopSummary>> SummariesAsync(LearningDbContext db, IQueryable<Workshop> query, string userId, CancellationToken ct)
    {
        var workshops = await query.Include(w => w.Sessions).Include(w => w.Trainers).AsSplitQuery().ToListAsync(ct);
        var ids = workshops.Select(w => w.Id).ToList();
        var counts = await db.Registrations.Where(r => ids.Contains(r.WorkshopId) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => new { r.WorkshopId, r.Status }).Select(g => new { g.Key.WorkshopId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var regencies = await RegencyNamesAsync(db, ct);
        return workshops.Select(w => new WorkshopSummary(w.Id, w.Title, w.TrackCode, regencies.GetValueOrDefault(w.RegencyCode, w.RegencyCode), PlaceOf(w), w.Capacity,
                counts.Where(c => c.WorkshopId == w.Id && c.Status == RegistrationStatus.Registered).Sum(c => c.Count),
                counts.Where(c => c.WorkshopId == w.Id && c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count),
                w.Status, w.Sessions.Select(s => (DateTimeOffset?)s.StartsAt).Min(), w.Sessions.Select(s => (DateTimeOffset?)s.EndsAt).Max(),
                w.Trainers.Any(t => t.UserId == userId && t.IsOwner)))
            .OrderByDescending(w => w.FirstDay).ToList();
    }
}
