namespace SmartVillage.Domain.Workshops;

/// <summary>
/// Officials took seats, joined the waitlist or moved up from it, in one change of one workshop (one registration, a
/// cancellation that freed a seat, a cohort, a larger capacity). Staged in that change's own transaction.
/// </summary>
public sealed record SeatsChanged(int WorkshopId, IReadOnlyList<SeatChange> Changes) : IDomainEvent;

public sealed record SeatChange(string UserId, SeatChangeKind Kind, int? SeatNumber, int? WaitlistPosition);

public enum SeatChangeKind
{
    Seated,
    Waitlisted,
    Promoted,
}
