using Microsoft.AspNetCore.Components;
using SmartVillage.Learning.Features.Attendance;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Workshops;

/// <summary>
/// The workshop and attendance components: their services and the clock on top of what every trainer component has.
/// </summary>
public abstract class WorkshopComponentBase : TrainerComponentBase
{
    [Inject] protected WorkshopService Workshops { get; set; } = default!;
    [Inject] protected AttendanceService Attendance { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
}
