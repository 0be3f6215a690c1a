using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

/// <summary>
/// Keeps <see cref="Domain.Workshops.Registration.MarkedSessions"/> and PresentSessions equal to the marks: one set-based
/// UPDATE after every attendance change of a workshop (or of every workshop, after a seed or by `report refresh`).
/// A count is recomputed, never incremented, so a repeated or lost call cannot drift it.
/// </summary>
public static class RegistrationAttendance
{
    public static Task<int> RecountAsync(LearningDbContext db, int? workshopId, CancellationToken ct)
    {
        var registrations = workshopId is { } id ? db.Registrations.Where(r => r.WorkshopId == id) : db.Registrations;
        return registrations.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.MarkedSessions, r => db.AttendanceMarks.Count(m => m.UserId == r.UserId
                && db.WorkshopSessions.Any(x => x.Id == m.SessionId && x.WorkshopId == r.WorkshopId)))
            .SetProperty(r => r.PresentSessions, r => db.AttendanceMarks.Count(m => m.UserId == r.UserId
                && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late)
                && db.WorkshopSessions.Any(x => x.Id == m.SessionId && x.WorkshopId == r.WorkshopId))), ct);
    }
}
