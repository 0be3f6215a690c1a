using System.Data;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// Seats: each registration holds a numbered seat (unique per workshop) or a numbered waitlist place (unique too),
/// assigned inside a serializable transaction (BEGIN IMMEDIATE on SQLite) and retried on a conflict, so two officials
/// taking the last seat at the same moment never both get it. Used by an official's own registration and a trainer's cohort.
/// </summary>
internal static class WorkshopSeats
{
    /// <summary>Seats and waitlist places are news for the officials: staged in the seat change's own transaction.</summary>
    public static Task StageAsync(IDomainEventDispatcher? events, LearningDbContext db, int workshopId, IReadOnlyList<SeatChange> changes, CancellationToken ct) =>
        changes.Count == 0 ? Task.CompletedTask : (events ?? NoDomainEvents.Instance).StageAsync(db, new SeatsChanged(workshopId, changes), ct);

    public static SeatChange ChangeOf(string userId, RegistrationOutcome outcome) =>
        new(userId, outcome.Status == RegistrationStatus.Registered ? SeatChangeKind.Seated : SeatChangeKind.Waitlisted, outcome.SeatNumber, outcome.WaitlistPosition);

    public static SeatChange Promoted(Registration r) => new(r.UserId, SeatChangeKind.Promoted, r.SeatNumber, null);

    public static RegistrationOutcome Place(LearningDbContext db, Workshop workshop, List<Registration> registrations, string userId, string? registeredById, DateTimeOffset now)
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
    public static async Task<T> InTransactionAsync<T>(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock,
        Func<LearningDbContext, DateTimeOffset, Task<T>> change, CancellationToken ct)
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
            catch (Exception e) when (attempt < WorkshopService.MaxAttempts && TransactionRetry.ShouldRetry(e))
            {
                await Task.Delay(Random.Shared.Next(10, 40) * attempt, ct);
            }
        }
    }

    public static async Task<Workshop> LoadAsync(LearningDbContext db, int workshopId, CancellationToken ct) =>
        await db.Workshops.AsNoTracking().Include(w => w.Sessions).SingleOrDefaultAsync(w => w.Id == workshopId, ct)
            ?? throw new DomainException(WorkshopService.NotFoundMessage);
}
