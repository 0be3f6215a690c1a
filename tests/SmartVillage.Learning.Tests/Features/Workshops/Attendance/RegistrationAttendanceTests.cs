using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Learning.Tests.Features.Certificates;

namespace SmartVillage.Learning.Tests.Features.Workshops.Attendance;

/// <summary>The counts the reports add up stay equal to the marks as a trainer marks the room and corrects single marks.</summary>
public class RegistrationAttendanceTests(CertificateWorld world) : IClassFixture<CertificateWorld>
{
    [Fact]
    public async Task MarkingAndCorrecting_KeepTheRegistrationsCountsEqualToTheMarks()
    {
        var (a, b) = (world.Officials[^2].Id, world.Officials[^3].Id);
        var (workshopId, sessions) = await world.WorkshopAsync([a, b], sessions: 2);
        var starts = await world.Workshops.Database.QueryAsync(db => db.WorkshopSessions.Where(s => s.Id == sessions[0]).Select(s => s.StartsAt).SingleAsync());
        if (world.Clock.GetUtcNow() < starts) world.Clock.SetUtcNow(starts.AddMinutes(10));
        var attendance = world.Attendance();

        await attendance.MarkAllPresentAsync(sessions[0], world.Hendra);
        Assert.Equal((1, 1), await CountsAsync(workshopId, a));
        Assert.Equal((1, 1), await CountsAsync(workshopId, b));

        await attendance.MarkAsync(sessions[0], b, AttendanceStatus.Excused, "Rapat di kecamatan", world.Hendra);
        Assert.Equal((1, 0), await CountsAsync(workshopId, b));
        await attendance.MarkAsync(sessions[0], a, AttendanceStatus.Late, null, world.Hendra);
        Assert.Equal((1, 1), await CountsAsync(workshopId, a));   // Terlambat counts as present
    }

    private Task<(int Marked, int Present)> CountsAsync(int workshopId, string official) =>
        world.Workshops.Database.QueryAsync(async db =>
        {
            var r = await db.Registrations.Where(x => x.WorkshopId == workshopId && x.UserId == official).Select(x => new { x.MarkedSessions, x.PresentSessions }).SingleAsync();
            var marks = await db.AttendanceMarks.CountAsync(m => m.UserId == official && db.WorkshopSessions.Any(s => s.Id == m.SessionId && s.WorkshopId == workshopId));
            Assert.Equal(marks, r.MarkedSessions);
            return (r.MarkedSessions, r.PresentSessions);
        });
}
