using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Tests.Features.Certificates;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Competencies;

/// <summary>A bimtek's attendance counts as evidence only while it reaches the threshold: adding sessions re-judges it.</summary>
public class WorkshopChangeEvidenceTests(CertificateWorld world) : IClassFixture<CertificateWorld>
{
    [Fact]
    public async Task AddingSessions_TakesAwayAttendanceEvidenceThatNoLongerReachesTheThreshold()
    {
        var official = world.Officials[^1].Id;
        var triggers = world.Workshops.Database.Services.GetRequiredService<EarnedEvidenceTriggers>();
        var workshops = new WorkshopService(world.Factory, new WorkshopFormValidator(), world.Clock, TestEvents.To(triggers));
        var (workshopId, _) = await world.WorkshopAsync([official]);   // track MP: "manajemen-proyek" at Dasar
        await world.AttendAllAsync(workshopId, [official]);
        await triggers.OnAttendanceChangedAsync(workshopId);           // as the attendance service does after marks
        Assert.True(await AttendedAsync(official, workshopId));

        // Two sessions more: 2 of 4 attended is 50 %, under the 80 % threshold.
        var last = await world.Workshops.Database.QueryAsync(async db =>
            (await db.WorkshopSessions.Where(s => s.WorkshopId == workshopId).Select(s => s.StartsAt).ToListAsync()).Max());
        for (var day = 1; day <= 2; day++)
        {
            await workshops.AddSessionAsync(workshopId, new SessionForm
            {
                Date = last.AddDays(day).ToOffset(Wib.Offset).DateTime.Date, Starts = new TimeSpan(8, 0, 0), Ends = new TimeSpan(16, 0, 0),
                Topic = $"Tambahan {day}", LessonHours = 8,
            }, world.Hendra);
        }

        Assert.False(await AttendedAsync(official, workshopId));
        var profile = await world.Workshops.Database.InScopeAsync<CompetencyProfileService, CompetencyProfile>(s => s.ForAsync(official));
        Assert.DoesNotContain(profile.Areas.SelectMany(a => a.Evidence), e => e.Kind == EvidenceKind.WorkshopAttended && e.Description.StartsWith("Bimtek Sertifikat"));
    }

    private Task<bool> AttendedAsync(string official, int workshopId) =>
        world.Workshops.Database.QueryAsync(db => db.EarnedEvidence.AnyAsync(e => e.UserId == official && e.Kind == EvidenceKind.WorkshopAttended && e.SourceId == workshopId));
}
