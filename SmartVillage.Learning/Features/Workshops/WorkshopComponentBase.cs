using Microsoft.AspNetCore.Components;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Shared.Components;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// The workshop and attendance components: their services on top of what every acting component has.
/// </summary>
public abstract class WorkshopComponentBase : ActorComponentBase
{
    [Inject] protected WorkshopService Workshops { get; set; } = default!;
    [Inject] protected AttendanceService Attendance { get; set; } = default!;
}
