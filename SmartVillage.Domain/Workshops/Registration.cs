namespace SmartVillage.Domain.Workshops;

/// <summary>
/// An official's place in a workshop: a numbered seat, a numbered place on the waitlist, or cancelled.
/// One row per official and workshop; unique (workshop, seat) and (workshop, waitlist position) indexes
/// make two officials taking the last seat at the same moment impossible in the database itself.
/// </summary>
public sealed class Registration
{
    private Registration() { }

    public Registration(int workshopId, string userId, string? registeredById, DateTimeOffset now)
    {
        WorkshopId = workshopId;
        UserId = userId;
        RegisteredById = registeredById;
        RegisteredAt = now;
        Status = RegistrationStatus.Cancelled;
    }

    public int Id { get; private set; }
    public int WorkshopId { get; private set; }
    public string UserId { get; private set; } = "";
    public RegistrationStatus Status { get; private set; }

    /// <summary>1..capacity while registered; null otherwise.</summary>
    public int? SeatNumber { get; private set; }

    /// <summary>1, 2, 3… while waitlisted (lower goes first); null otherwise.</summary>
    public int? WaitlistPosition { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The trainer who registered a cohort, or null when the official registered themselves.</summary>
    public string? RegisteredById { get; private set; }

    /// <summary>
    /// This official's marks in this workshop's sessions, all and Hadir or Terlambat: a count kept from the marks after
    /// every attendance change, so reports add up registrations instead of every mark of the province.
    /// </summary>
    public int MarkedSessions { get; private set; }

    public int PresentSessions { get; private set; }

    public bool IsActive => Status != RegistrationStatus.Cancelled;

    public void TakeSeat(int seatNumber, DateTimeOffset now)
    {
        if (seatNumber < 1) throw new DomainException("Nomor kursi dimulai dari 1.");
        if (Status == RegistrationStatus.Cancelled) RegisteredAt = now;
        Status = RegistrationStatus.Registered;
        SeatNumber = seatNumber;
        WaitlistPosition = null;
        CancelledAt = null;
    }

    public void JoinWaitlist(int position, DateTimeOffset now)
    {
        if (position < 1) throw new DomainException("Urutan daftar tunggu dimulai dari 1.");
        if (Status == RegistrationStatus.Registered) throw new DomainException("Peserta ini sudah mendapat kursi.");
        if (Status == RegistrationStatus.Cancelled) RegisteredAt = now;
        Status = RegistrationStatus.Waitlisted;
        WaitlistPosition = position;
        SeatNumber = null;
        CancelledAt = null;
    }

    /// <summary>Frees the seat (or the waitlist place). Returns the seat freed, if any.</summary>
    public int? Cancel(DateTimeOffset now)
    {
        if (Status == RegistrationStatus.Cancelled) return null;
        var seat = SeatNumber;
        Status = RegistrationStatus.Cancelled;
        SeatNumber = null;
        WaitlistPosition = null;
        CancelledAt = now;
        return seat;
    }
}
