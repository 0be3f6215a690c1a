namespace SmartVillage.Domain.Attendance;

/// <summary>
/// Attendance marks of a workshop were written (by hand, "tandai semua hadir", QR check-in, CSV import), its last session
/// was closed, or its threshold, course, track or sessions were edited: who attended enough may have changed.
/// </summary>
public sealed record AttendanceChanged(int WorkshopId) : IDomainEvent;
