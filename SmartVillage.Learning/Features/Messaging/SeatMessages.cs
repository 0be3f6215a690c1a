using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Messaging;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>A seat, a waitlist place or a seat from the waitlist: the official hears of it, written with the seat itself.</summary>
public sealed class SeatMessages(OutboxWriter writer, TimeProvider clock) : IStagedReaction<SeatsChanged>
{
    public const string Link = "/my/workshops";

    public int Order => ReactionOrder.Record;

    public async Task StageAsync(LearningDbContext db, SeatsChanged domainEvent, CancellationToken ct)
    {
        if (domainEvent.Changes.Count == 0) return;
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Sessions).SingleAsync(w => w.Id == domainEvent.WorkshopId, ct);
        var now = clock.GetUtcNow();
        var next = workshop.SessionsInOrder.FirstOrDefault(s => !s.HasStarted(now)) ?? workshop.SessionsInOrder.FirstOrDefault();
        var when = next is null ? "akan diumumkan" : SeatMessages.When(next.StartsAt);
        var place = PlaceOf(workshop);
        var recipients = await OutboxWriter.RecipientsAsync(db, domainEvent.Changes.Select(c => c.UserId).ToList(), ct);
        // The moment makes the key: the same official cancelling and registering again is told again.
        var subject = $"w{workshop.Id}:{now.UtcTicks}";
        foreach (var group in domainEvent.Changes.GroupBy(c => c.Kind))
        {
            var kind = group.Key switch
            {
                SeatChangeKind.Seated => MessageKinds.Seat,
                SeatChangeKind.Promoted => MessageKinds.Promoted,
                _ => MessageKinds.Waitlisted,
            };
            var drafts = group.Where(c => recipients.ContainsKey(c.UserId)).Select(c => new MessageDraft(c.UserId, subject,
                c.Kind == SeatChangeKind.Waitlisted
                    ? [recipients[c.UserId].FullName, workshop.Title, $"{c.WaitlistPosition}"]
                    : [recipients[c.UserId].FullName, workshop.Title, $"{c.SeatNumber}", when, place],
                Link)).ToList();
            await writer.StageAsync(db, kind, drafts, recipients, ct);
        }
    }

    /// <summary>"Selasa, 1 Desember 2026 pukul 08.00 WIB": a moment as every message states it.</summary>
    public static string When(DateTimeOffset moment) => $"{Wib.Day(moment)} pukul {moment.ToWib():HH.mm} WIB";

    public static string PlaceOf(Workshop workshop) => workshop.Venue ?? (workshop.OnlineLink is not null ? "daring" : "akan diumumkan");
}
