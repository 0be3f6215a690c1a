namespace SmartVillage.Domain.Workshops;

public enum RegistrationStatus
{
    /// <summary>Terdaftar: holds a seat.</summary>
    Registered = 0,

    /// <summary>Daftar tunggu: waits, in order, for a seat to free.</summary>
    Waitlisted = 1,

    /// <summary>Batal.</summary>
    Cancelled = 2,
}
