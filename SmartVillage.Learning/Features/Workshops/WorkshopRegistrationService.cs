using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// The official's side of workshops: what is open, registering (a seat or the waitlist, <see cref="WorkshopSeats"/>),
/// cancelling, and "Bimtek saya" with attendance. Every call acts for <c>userId</c>, taken from the sign-in.
/// Note: SQLite cannot compare DateTimeOffset in SQL, so time filters run on the (small) list of a workshop's sessions.
/// </summary>
public sealed class WorkshopRegistrationService(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, IDomainEventDispatcher? events = null)
{
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
        var regencies = await WorkshopService.RegencyNamesAsync(db, ct);
        return workshops
            .Where(w => w.Sessions.Count > 0 && w.Sessions.Any(s => !s.HasEnded(now)) || mine.Any(m => m.WorkshopId == w.Id && m.Status != RegistrationStatus.Cancelled))
            .OrderBy(w => w.Sessions.Select(s => s.StartsAt).DefaultIfEmpty().Min())
            .Select(w =>
            {
                var my = mine.FirstOrDefault(m => m.WorkshopId == w.Id);
                return new OpenWorkshop(w.Id, w.Title, w.TrackCode, regencies.GetValueOrDefault(w.RegencyCode, w.RegencyCode), WorkshopService.PlaceOf(w), w.Capacity,
                    counts.Where(c => c.WorkshopId == w.Id && c.Status == RegistrationStatus.Registered).Sum(c => c.Count),
                    counts.Where(c => c.WorkshopId == w.Id && c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count),
                    w.SessionsInOrder.Select(WorkshopService.ViewOf).ToList(),
                    my?.Status, my?.WaitlistPosition, w.RegistrationRefusal(now));
            }).ToList();
    }

    /// <summary>Registers the official: a seat when one is free, else the end of the waitlist. Registering twice changes nothing.</summary>
    public Task<RegistrationOutcome> RegisterAsync(int workshopId, string userId, CancellationToken ct = default) =>
        WorkshopSeats.InTransactionAsync(dbFactory, clock, async (db, now) =>
        {
            var workshop = await WorkshopSeats.LoadAsync(db, workshopId, ct);
            if (workshop.RegistrationRefusal(now) is { } refusal) throw new DomainException(refusal);
            var isOfficial = await db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Official), ct);
            if (!isOfficial) throw new DomainException("Hanya aparatur pekon/desa yang dapat mendaftar bimtek.");
            var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId).ToListAsync(ct);
            var already = registrations.Any(r => r.UserId == userId && r.IsActive);
            var outcome = WorkshopSeats.Place(db, workshop, registrations, userId, registeredById: null, now);
            if (!already) await WorkshopSeats.StageAsync(events, db, workshopId, [WorkshopSeats.ChangeOf(userId, outcome)], ct);
            return outcome;
        }, ct);

    /// <summary>Cancels the official's place; the first on the waitlist takes a freed seat at once.</summary>
    public Task CancelAsync(int workshopId, string userId, CancellationToken ct = default) =>
        WorkshopSeats.InTransactionAsync(dbFactory, clock, async (db, now) =>
        {
            var workshop = await WorkshopSeats.LoadAsync(db, workshopId, ct);
            var registrations = await db.Registrations.Where(r => r.WorkshopId == workshopId && r.Status != RegistrationStatus.Cancelled).ToListAsync(ct);
            var mine = registrations.FirstOrDefault(r => r.UserId == userId) ?? throw new DomainException("Anda tidak terdaftar di bimtek ini.");
            if (workshop.CancellationRefusal(now) is { } refusal) throw new DomainException(refusal);
            mine.Cancel(now);
            // Saved first, so the freed seat number is free in the database before someone takes it.
            await db.SaveChangesAsync(ct);
            var promoted = WorkshopSeating.PromoteWaitlist(registrations, workshop.Capacity, now);
            await WorkshopSeats.StageAsync(events, db, workshopId, promoted.Select(WorkshopSeats.Promoted).ToList(), ct);
            return 0;
        }, ct);

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
            return new MyWorkshop(w.Id, w.Title, WorkshopService.PlaceOf(w), registration.Status, registration.WaitlistPosition, w.CompletionThreshold, sessions, rate,
                WorkshopCompletion.IsEligible(rate, sessions.Count, w.CompletionThreshold), w.HasEnded(now));
        }).OrderBy(w => w.Sessions.Select(s => s.StartsAt).DefaultIfEmpty().Min()).ToList();
    }
}
