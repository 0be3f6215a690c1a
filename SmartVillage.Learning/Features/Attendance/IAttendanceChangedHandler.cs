namespace SmartVillage.Learning.Features.Attendance;

/// <summary>
/// Told after attendance marks of a workshop were written (by hand, "tandai semua hadir", QR check-in, CSV import) or its
/// last session was closed, so other features can react — certificates are issued to those who now qualify.
/// Called after the marks are saved; a failing handler never undoes them.
/// </summary>
public interface IAttendanceChangedHandler
{
    Task OnAttendanceChangedAsync(int workshopId, CancellationToken cancellationToken = default);
}
