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
/// Pak Hendra's workshops (create, describe, schedule sessions, publish, register a cohort) and the officials'
/// registration with a waitlist. Every trainer call checks <see cref="WorkshopAccess"/> against the database.
/// Seats: each registration holds a numbered seat (unique per workshop) or a numbered waitlist place (unique
/// too), assigned inside a serializable transaction (BEGIN IMMEDIATE on SQLite) and retried on a conflict,
/// so two officials taking the last seat at the same moment never both get it.
/// Note: SQLite cannot compare DateTimeOffset in SQL, so time filters run on the (small) list of a workshop's sessions.
/// </summary>
public sealed class WorkshopService(IDbContextFactory<LearningDbContext> dbFactory, IValidator<WorkshopForm> validator, TimeProvider clock,
    IDomainEventDispatcher? events = null)
{
    public const string NotFoundMessage = "Bimtek tidak ditemukan; mungkin sudah dihapus.";
    public const string StaleMessage = "Bimtek ini baru saja diubah oleh pelatih lain; muat ulang lalu simpan lagi.";
    private const int MaxAttempts = 8;

    // ---- Trainer: reading ----

    public async Task<IReadOnlyList<WorkshopSummary>> MyWorkshopsAsync(Actor editor, CancellationToken ct = default)
    {
        WorkshopAccess.DemandCreate(editor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Workshops.AsNoTracking();
        if (!editor.IsAdmin) query = query.Where(w => w.Trainers.Any(t => t.UserId == editor.UserId));
        return await SummariesAsync(db, query, editor.UserId, ct);
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
                await StageSeatsAsync(db, workshopId, promoted.Select(Promoted).ToList(), ct);
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

    // ---- Officials: registration ----

    public async Task<IReadOnlyList<OpenWorkshop>> OpenWorkshopsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var workshops = await db.Workshops.AsNoTracking().Include(w => w.Sessions)
            .Where(w => w.Status == WorkshopStatus.Published).ToListAsync(ct);
        var ids = workshops.Select(w => w.Id).ToList();
        var counts = await db.Registrations.Where(r => ids.Contains(r.WorkshopId) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => new { r.WorkshopId, r.Status }).Select(g => new { g.Key.WorkshopId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var mine = await db.Registrations.Where(r => r.UserId == userId && ids.Contains(r.WorkshopId))
            .Select(r => new { r.WorkshopId, r.Status, r.WaitlistPosition }).ToListAsync(ct);
        var regencies = await RegencyNamesAsync(db, ct);
        return workshops
            .Where(w => w.Sessions.Count > 0 && w.Sessions.Any(s => !s.HasEnded(now)) || mine.Any(m => m.WorkshopId == w.Id && m.Status != RegistrationStatus.Cancelled))
            .OrderBy(w => w.Sessions.Select(s => s.StartsAt).DefaultIfEmpty().Min())
            .Select(w =>
            {
                var my = mine.FirstOrDefault(m => m.WorkshopId == w.Id);
                return new OpenWorkshop(w.Id, w.Title, w.TrackCode, regencies.GetValueOrDefault(w.RegencyCode, w.RegencyCode), PlaceOf(w), w.Capacity,
                    counts.Where(c => c.WorkshopId == w.Id && c.Status == RegistrationStatus.Registered).Sum(c => c.Count),
                    counts.Where(c => c.WorkshopId == w.Id && c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count),
                    w.SessionsInOrder.Select(ViewOf).ToList(),
                    my?.Status, my?.WaitlistPosition, w.RegistrationRefusal(now));
            }).ToList();
    }

    /// <summary>Registers the official: a seat when one is free, else the end of the waitlist. Registering twice changes nothing.</summary>
    public Task<RegistrationOutcome> RegisterAsync(int workshopId, string userId, CancellationToken ct = default) =>
        InSeatTransactionAsync(async (db, now) =>
        {
            var workshop = await LoadForSeatingAsync(db, workshopId, ct);
            if (workshop.RegistrationRefusal(now) is { } refusal) throw new DomainException(refusal);
            var isOfficial = await db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Official), ct);
            if (!isOfficial) throw new DomainException("Hanya aparatur pekon/desa yang dapat mendaftar bimtek.");
            var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId).ToListAsync(ct);
            var already = registrations.Any(r => r.UserId == userId && r.IsActive);
            var outcome = Place(db, workshop, registrations, userId, registeredById: null, now);
            if (!already) await StageSeatsAsync(db, workshopId, [ChangeOf(userId, outcome)], ct);
            return outcome;
        }, ct);

    /// <summary>Cancels the official's place; the first on the waitlist takes a freed seat at once.</summary>
    public Task CancelAsync(int workshopId, string userId, CancellationToken ct = default) =>
        InSeatTransactionAsync(async (db, now) =>
        {
            var workshop = await LoadForSeatingAsync(db, workshopId, ct);
            var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId && r.Status != RegistrationStatus.Cancelled).ToListAsync(ct);
            var mine = registrations.FirstOrDefault(r => r.UserId == userId) ?? throw new DomainException("Anda tidak terdaftar di bimtek ini.");
            if (workshop.Sessions.Count > 0 && workshop.Sessions.All(s => s.HasEnded(now)))
                throw new DomainException("Bimtek ini sudah selesai; pendaftaran tidak dapat dibatalkan lagi.");
            mine.Cancel(now);
            // Saved first, so the freed seat number is free in the database before someone takes it.
            await db.SaveChangesAsync(ct);
            var promoted = WorkshopSeating.PromoteWaitlist(registrations, workshop.Capacity, now);
            await StageSeatsAsync(db, workshopId, promoted.Select(Promoted).ToList(), ct);
            return 0;
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
        return await InSeatTransactionAsync(async (db, now) =>
        {
            await DemandEditAsync(db, workshopId, editor, ct);
            var workshop = await LoadForSeatingAsync(db, workshopId, ct);
            if (workshop.Status != WorkshopStatus.Published) throw new DomainException("Terbitkan bimtek lebih dulu.");
            var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId).ToListAsync(ct);
            var officials = await CohortQuery.Officials(db, filter).OrderBy(u => u.FullName).Select(u => u.Id).ToListAsync(ct);
            int seated = 0, waitlisted = 0, already = 0;
            var changes = new List<SeatChange>();
            foreach (var official in officials)
            {
                if (registrations.Any(r => r.UserId == official && r.IsActive)) { already++; continue; }
                var outcome = Place(db, workshop, registrations, official, editor.UserId, now);
                changes.Add(ChangeOf(official, outcome));
                if (outcome.Status == RegistrationStatus.Registered) seated++; else waitlisted++;
            }
            await StageSeatsAsync(db, workshopId, changes, ct);
            return new CohortRegistration(seated, waitlisted, already);
        }, ct);
    }

    // ---- Officials: my workshops ----

    public async Task<IReadOnlyList<MyWorkshop>> MyRegistrationsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.UserId == userId && r.Status != RegistrationStatus.Cancelled).ToListAsync(ct);
        var ids = registrations.Select(r => r.WorkshopId).ToList();
        var workshops = await db.Workshops.AsNoTracking().Include(w => w.Sessions).Where(w => ids.Contains(w.Id)).ToListAsync(ct);
        var sessionIds = workshops.SelectMany(w => w.Sessions).Select(s => s.Id).ToList();
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => m.UserId == userId && sessionIds.Contains(m.SessionId))
            .Select(m => new { m.SessionId, m.Status, m.Note }).ToListAsync(ct);
        return workshops.Select(w =>
        {
            var registration = registrations.Single(r => r.WorkshopId == w.Id);
            var sessions = w.SessionsInOrder.Select(s =>
            {
                var mark = marks.FirstOrDefault(m => m.SessionId == s.Id);
                // Read lazily: a seated official with no mark for an ended session is Alpa (the roster writes it down).
                var status = mark?.Status ?? (registration.Status == RegistrationStatus.Registered && s.HasEnded(now) ? AttendanceStatus.Absent : null);
                return new MySession(s.Id, s.StartsAt, s.EndsAt, s.Topic, status, mark?.Note);
            }).ToList();
            var rate = AttendanceRate.Over(sessions.Select(s => (s.StartsAt, s.EndsAt, s.Mark)), now);
            return new MyWorkshop(w.Id, w.Title, PlaceOf(w), registration.Status, registration.WaitlistPosition, w.CompletionThreshold, sessions, rate,
                WorkshopCompletion.IsEligible(rate, sessions.Count, w.CompletionThreshold));
        }).OrderBy(w => w.Sessions.Select(s => s.StartsAt).DefaultIfEmpty().Min()).ToList();
    }

    // ---- Helpers ----

    /// <summary>Seats and waitlist places are news for the officials: staged in the seat change's own transaction.</summary>
    private Task StageSeatsAsync(LearningDbContext db, int workshopId, IReadOnlyList<SeatChange> changes, CancellationToken ct) =>
        changes.Count == 0 ? Task.CompletedTask : (events ?? NoDomainEvents.Instance).StageAsync(db, new SeatsChanged(workshopId, changes), ct);

    private static SeatChange ChangeOf(string userId, RegistrationOutcome outcome) =>
        new(userId, outcome.Status == RegistrationStatus.Registered ? SeatChangeKind.Seated : SeatChangeKind.Waitlisted, outcome.SeatNumber, outcome.WaitlistPosition);

    private static SeatChange Promoted(Registration r) => new(r.UserId, SeatChangeKind.Promoted, r.SeatNumber, null);

    internal static string PlaceOf(Workshop workshop) => workshop.Venue ?? "Daring";

    private static SessionView ViewOf(WorkshopSession s) => new(s.Id, s.StartsAt, s.EndsAt, s.Topic, s.LessonHours);

    private static RegistrationOutcome Place(LearningDbContext db, Workshop workshop, List<Registration> registrations, string userId, string? registeredById, DateTimeOffset now)
    {
        var registration = registrations.FirstOrDefault(r => r.UserId == userId);
        if (registration is { IsActive: true }) return new RegistrationOutcome(registration.Status, registration.SeatNumber, registration.WaitlistPosition);
        if (registration is null)
        {
            registration = new Registration(workshop.Id, userId, registeredById, now);
            db.Registrations.Add(registration);
            registrations.Add(registration);
        }
        var seat = WorkshopSeating.NextFreeSeat(registrations.Where(r => r.SeatNumber is not null).Select(r => r.SeatNumber!.Value), workshop.Capacity);
        // Nobody jumps the queue: with people waiting, a newcomer waits too.
        if (seat is { } free && !registrations.Any(r => r.Status == RegistrationStatus.Waitlisted)) registration.TakeSeat(free, now);
        else registration.JoinWaitlist(WorkshopSeating.NextWaitlistPosition(registrations.Where(r => r.WaitlistPosition is not null).Select(r => r.WaitlistPosition!.Value)), now);
        return new RegistrationOutcome(registration.Status, registration.SeatNumber, registration.WaitlistPosition);
    }

    /// <summary>
    /// Runs a seat change in a serializable transaction (BEGIN IMMEDIATE on SQLite: one writer at a time, others wait
    /// on the busy timeout) and retries from a fresh read when the unique seat or waitlist index refuses, or the database is busy.
    /// </summary>
    private async Task<T> InSeatTransactionAsync<T>(Func<LearningDbContext, DateTimeOffset, Task<T>> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
                var result = await change(db, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < MaxAttempts && e is DbUpdateException or DbException && e is not DbUpdateConcurrencyException)
            {
                await Task.Delay(Random.Shared.Next(10, 40) * attempt, ct);
            }
        }
    }

    private static async Task<Workshop> LoadForSeatingAsync(LearningDbContext db, int workshopId, CancellationToken ct) =>
        await db.Workshops.AsNoTracking().Include(w => w.Sessions).SingleOrDefaultAsync(w => w.Id == workshopId, ct)
            ?? throw new DomainException(NotFoundMessage);

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

    private static async Task<Dictionary<string, string>> RegencyNamesAsync(LearningDbContext db, CancellationToken ct) =>
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
