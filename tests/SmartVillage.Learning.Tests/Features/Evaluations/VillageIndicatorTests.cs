using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Evaluations.Indicators;
using SmartVillage.Learning.Tests.Features.Workshops;

namespace SmartVillage.Learning.Tests.Features.Evaluations;

/// <summary>The results level's village indicators: recorded by the village's official, confirmed by its mentor only.</summary>
public class VillageIndicatorTests(EvaluationWorld world) : IClassFixture<EvaluationWorld>
{
    [Fact]
    public async Task Record_ThenTheVillagesMentorConfirms_AnotherMentorRefused_AChangeAsksAgain()
    {
        world.Clock.SetUtcNow(WorkshopWorld.Start);
        var official = Actor.Official(world.Workshops.Officials.Single(o => o.Phone == "+6281270000119").Id);
        var yusuf = Actor.Mentor(await world.Database.QueryAsync(db => db.Users.Where(u => u.Email == "yusuf@smartvillage.test").Select(u => u.Id).SingleAsync()));
        var maria = Actor.Mentor(await world.Database.QueryAsync(db => db.Users.Where(u => u.Email == "maria@smartvillage.test").Select(u => u.Id).SingleAsync()));
        var service = world.Indicators();
        var year = service.CurrentYear;

        await service.RecordAsync(official, year, "sid", true, "SID dipakai untuk surat keterangan.");
        await service.RecordAsync(official, year, "sid", true, "SID dipakai untuk surat keterangan dan data penduduk.");
        var sheet = await service.MyVillageAsync(official, year);
        var record = sheet.Lines.Single(l => l.Indicator.Code == "sid").Record!;
        Assert.Equal("SID dipakai untuk surat keterangan dan data penduduk.", record.Note);
        Assert.Equal(1, await world.Database.QueryAsync(db => db.VillageIndicatorRecords.CountAsync(r => r.VillageCode == sheet.VillageCode && r.Year == year)));

        var refused = await Assert.ThrowsAsync<DomainException>(() => service.ConfirmAsync(maria, record.Id, record.RowVersion));
        Assert.Equal(VillageIndicatorService.NotMentorMessage, refused.Message);
        Assert.Contains(await service.MentorVillagesAsync(yusuf, year), s => s.VillageCode == sheet.VillageCode);
        await service.ConfirmAsync(yusuf, record.Id, record.RowVersion);
        var confirmed = (await service.MyVillageAsync(official, year)).Lines.Single(l => l.Indicator.Code == "sid").Record!;
        Assert.NotNull(confirmed.ConfirmedAt);

        await service.RecordAsync(official, year, "sid", false, "Server SID rusak.");
        var changed = (await service.MyVillageAsync(official, year)).Lines.Single(l => l.Indicator.Code == "sid").Record!;
        Assert.Null(changed.ConfirmedAt);
        var stale = await Assert.ThrowsAsync<DomainException>(() => service.ConfirmAsync(yusuf, record.Id, confirmed.RowVersion));
        Assert.Equal(VillageIndicatorService.StaleMessage, stale.Message);

        var unknown = await Assert.ThrowsAsync<DomainException>(() => service.RecordAsync(official, year, "tidak-ada", true, null));
        Assert.Equal(VillageIndicatorService.UnknownIndicatorMessage, unknown.Message);
        await Assert.ThrowsAsync<DomainException>(() => service.RecordAsync(official, year + 1, "sid", true, null));
    }
}
