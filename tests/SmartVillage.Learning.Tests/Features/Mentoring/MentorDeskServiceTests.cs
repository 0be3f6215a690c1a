using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class MentorDeskServiceTests(MentoringWorld world) : IClassFixture<MentoringWorld>
{
    [Fact]
    public async Task Home_Maria_SeesOnlyHerOfficials_TheDemoPlanWaiting_TheOldObstacleAndTheVisitDue()
    {
        var home = await world.Desk().HomeAsync(world.Maria);

        Assert.Equal(["Andi Wijaya", "Rohmah", "Slamet Riyadi"], home.Officials.Select(o => o.FullName).Order());
        Assert.Contains(home.WaitingForReview, p => p.Title == DemoMentoring.DemoPlanTitle && p.OfficialName == "Slamet Riyadi");
        var oldest = home.OpenObstacles[0];
        Assert.Equal("Slamet Riyadi", oldest.OfficialName);
        Assert.Equal(12, oldest.DaysOpen);
        var due = Assert.Single(home.SessionsDue);
        Assert.Equal(("Slamet Riyadi", 3), (due.OfficialName, due.DaysLeft));
    }

    [Fact]
    public async Task Home_OpenObstacles_OldestFirst()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-3));
        var older = await world.Obstacles(clock).LogAsync(new ObstacleForm { Category = ObstacleCategory.Funding, Description = "Dana Desa tahap dua belum cair." }, world.Andi);
        var newer = await world.Obstacles().LogAsync(new ObstacleForm { Category = ObstacleCategory.People, Description = "Operator desa baru belum dilatih." }, world.Andi);

        var order = (await world.Desk().HomeAsync(world.Maria)).OpenObstacles.Select(o => o.Id).ToList();

        Assert.True(order.IndexOf(older) < order.IndexOf(newer));
        Assert.True(order.IndexOf(older) > 0); // the 12-day demo obstacle is older still
    }

    [Fact]
    public async Task Home_Yusuf_SeesHisWholeVillage_AndNoneOfMarias()
    {
        var home = await world.Desk().HomeAsync(world.Yusuf);

        Assert.Equal(5, home.Officials.Count);
        Assert.Contains(home.Officials, o => o.FullName == "Dwi Astuti" && o.ViaVillage);
        Assert.DoesNotContain(home.Officials, o => o.FullName is "Andi Wijaya" or "Rohmah" or "Slamet Riyadi");
        Assert.DoesNotContain(home.WaitingForReview, p => p.Title == DemoMentoring.DemoPlanTitle);
        Assert.Empty(home.OpenObstacles);
    }

    [Fact]
    public async Task LogSession_ByHerMentor_ShowsOnTheOfficialsFile_AnotherMentorRefused()
    {
        var form = new MentoringSessionForm
        {
            OfficialId = world.Andi.UserId, HeldOn = DateTime.UtcNow.AddHours(7).Date.AddDays(-1), Mode = MentoringMode.Call,
            Notes = "Membahas jadwal pelatihan operator.", NextSteps = "Andi mengirim daftar peserta.", NextDueOn = DateTime.UtcNow.AddHours(7).Date.AddDays(6),
        };

        await world.Desk().LogSessionAsync(form, world.Maria);
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Desk().LogSessionAsync(form, world.Yusuf));
        var file = await Assert.ThrowsAsync<DomainException>(() => world.Desk().OfficialAsync(world.Andi.UserId, world.Yusuf));

        var andi = await world.Desk().OfficialAsync(world.Andi.UserId, world.Maria);
        var session = Assert.Single(andi.Sessions);
        Assert.Equal((MentoringMode.Call, "Andi mengirim daftar peserta."), (session.Mode, session.NextSteps));
        Assert.Equal(MentoringAccess.RefusedMessage, refused.Message);
        Assert.Equal(MentoringAccess.RefusedMessage, file.Message);
        Assert.Contains((await world.Desk().HomeAsync(world.Maria)).SessionsDue, d => d.OfficialName == "Andi Wijaya" && d.DaysLeft == 6);
    }

    [Fact]
    public async Task LogSession_WithoutNotesOrMode_RefusedInIndonesian()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            world.Desk().LogSessionAsync(new MentoringSessionForm { OfficialId = world.Andi.UserId, HeldOn = DateTime.Today }, world.Maria));

        Assert.Contains("Tulis catatan pendampingan.", refused.Message);
        Assert.Contains("Pilih cara pendampingan", refused.Message);
    }

    [Fact]
    public async Task Home_ByAnOfficial_Refused() => await Assert.ThrowsAsync<DomainException>(() => world.Desk().HomeAsync(world.Andi));
}
