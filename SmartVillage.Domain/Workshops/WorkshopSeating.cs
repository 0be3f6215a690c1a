namespace SmartVillage.Domain.Workshops;

/// <summary>Pure seat rules: which seat is next, and who on the waitlist moves up (in order) when seats free.</summary>
public static class WorkshopSeating
{
    /// <summary>The lowest free seat number in 1..capacity, or null when the workshop is full.</summary>
    public static int? NextFreeSeat(IEnumerable<int> takenSeats, int capacity)
    {
        var taken = takenSeats.ToHashSet();
        for (var seat = 1; seat <= capacity; seat++)
            if (!taken.Contains(seat)) return seat;
        return null;
    }

    /// <summary>The next waitlist position: one after the last.</summary>
    public static int NextWaitlistPosition(IEnumerable<int> positions) => positions.DefaultIfEmpty(0).Max() + 1;

    /// <summary>
    /// Gives free seats to the waitlist in order (lowest position first) and returns who was promoted.
    /// Call after a cancellation or after the capacity grows.
    /// </summary>
    public static IReadOnlyList<Registration> PromoteWaitlist(IReadOnlyCollection<Registration> registrations, int capacity, DateTimeOffset now)
    {
        var promoted = new List<Registration>();
        var taken = registrations.Where(r => r.SeatNumber is not null).Select(r => r.SeatNumber!.Value).ToHashSet();
        foreach (var waiting in registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.WaitlistPosition).ThenBy(r => r.RegisteredAt).ToList())
        {
            var seat = NextFreeSeat(taken, capacity);
            if (seat is null) break;
            waiting.TakeSeat(seat.Value, now);
            taken.Add(seat.Value);
            promoted.Add(waiting);
        }
        return promoted;
    }
}
