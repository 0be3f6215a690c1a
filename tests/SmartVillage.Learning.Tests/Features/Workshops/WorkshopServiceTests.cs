using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Tests.Features.Workshops;

public class WorkshopServiceTests(WorkshopWorld world) : IClassFixture<WorkshopWorld>
{
    [Fact]
    public async Task Update_ByAnotherTrainer_Refused_ByAdmin_Allowed()
    {
        var id = await world.PublishedWorkshopAsync();
        var detail = (await world.Workshops().WorkshopAsync(id, world.Hendra))!;
        detail.Form.Capacity = 30;

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Workshops().UpdateAsync(id, detail.Form, world.Dewi));
        await Assert.ThrowsAsync<DomainException>(() => world.Workshops().WorkshopAsync(id, world.Dewi));
        await Assert.ThrowsAsync<DomainException>(() => world.Workshops().AddSessionAsync(id, new SessionForm { Date = DateTime.Today, Topic = "x" }, world.Dewi));
        await world.Workshops().UpdateAsync(id, detail.Form, world.Admin);

        Assert.Equal(WorkshopAccess.RefusedMessage, refused.Message);
        Assert.Equal(30, (await world.Workshops().WorkshopAsync(id, world.Hendra))!.Form.Capacity);
    }

    [Fact]
    public async Task Update_CapacityZeroAndNoPlace_RefusedInIndonesianAndNothingChanges()
    {
        var id = await world.PublishedWorkshopAsync(capacity: 30);
        var form = (await world.Workshops().WorkshopAsync(id, world.Hendra))!.Form;
        form.Capacity = 0;
        form.Venue = null;
        form.OnlineLink = null;

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Workshops().UpdateAsync(id, form, world.Hendra));

        Assert.Contains("Kapasitas antara 1 dan 2.000 peserta.", refused.Message);
        Assert.Contains("Isi tempat bimtek", refused.Message);
        Assert.Equal(30, (await world.Workshops().WorkshopAsync(id, world.Hendra))!.Form.Capacity);
    }

    [Fact]
    public async Task AddCoTrainer_ThenTheCoTrainerMayEdit_ButAnOfficialCannotBeAdded()
    {
        var id = await world.PublishedWorkshopAsync(capacity: 30);

        await world.Workshops().AddCoTrainerAsync(id, "dewi@smartvillage.test", world.Hendra);
        var form = (await world.Workshops().WorkshopAsync(id, world.Dewi))!.Form;
        form.Capacity = 35;
        await world.Workshops().UpdateAsync(id, form, world.Dewi);
        var notATrainer = await Assert.ThrowsAsync<DomainException>(() =>
            world.Workshops().AddCoTrainerAsync(id, "no-such-trainer@smartvillage.test", world.Hendra));

        Assert.Equal(35, (await world.Workshops().WorkshopAsync(id, world.Hendra))!.Form.Capacity);
        Assert.Contains("Tidak ada pelatih dengan email", notATrainer.Message);
    }

    [Fact]
    public async Task Create_ByOfficial_Refused() =>
        await Assert.ThrowsAsync<DomainException>(() => world.Workshops().CreateAsync(new WorkshopForm { Title = "X", RegencyCode = "18.03", Venue = "Aula" },
            new Actor(world.Officials[0].Id, IsAdmin: false, IsTrainer: false)));

    [Fact]
    public async Task MyWorkshops_TrainerSeesOwnOnly_AdminSeesAll()
    {
        var id = await world.PublishedWorkshopAsync();

        Assert.Contains(await world.Workshops().MyWorkshopsAsync(world.Hendra), w => w.Id == id);
        Assert.DoesNotContain(await world.Workshops().MyWorkshopsAsync(world.Dewi), w => w.Id == id);
        Assert.Contains(await world.Workshops().MyWorkshopsAsync(world.Admin), w => w.Id == id);
    }

    [Fact]
    public async Task Sessions_StoredInUtc_FromWibInput()
    {
        var id = await world.PublishedWorkshopAsync(sessions: 1);
        var session = (await world.Workshops().WorkshopAsync(id, world.Hendra))!.Sessions.Single();

        Assert.Equal(WorkshopWorld.Start, session.StartsAt);
        Assert.Equal("08.00–16.00 WIB", Wib.Hours(session.StartsAt, session.EndsAt));
    }

    [Fact]
    public async Task Register_WhenFull_Waitlisted_CancelPromotesInOrder()
    {
        var id = await world.PublishedWorkshopAsync(capacity: 2);
        var o = world.Officials;
        var service = world.Workshops();
        var registrations = world.Registrations();

        Assert.Equal(RegistrationStatus.Registered, (await registrations.RegisterAsync(id, o[0].Id)).Status);
        Assert.Equal(RegistrationStatus.Registered, (await registrations.RegisterAsync(id, o[1].Id)).Status);
        var third = await registrations.RegisterAsync(id, o[2].Id);
        var fourth = await registrations.RegisterAsync(id, o[3].Id);
        var again = await registrations.RegisterAsync(id, o[2].Id);

        Assert.Equal((RegistrationStatus.Waitlisted, 1), (third.Status, third.WaitlistPosition));
        Assert.Equal((RegistrationStatus.Waitlisted, 2), (fourth.Status, fourth.WaitlistPosition));
        Assert.Equal(third, again);

        await registrations.CancelAsync(id, o[0].Id);

        var registrants = (await service.WorkshopAsync(id, world.Hendra))!.Registrants;
        Assert.Equal(RegistrationStatus.Registered, registrants.Single(r => r.UserId == o[2].Id).Status);
        Assert.Equal(1, registrants.Single(r => r.UserId == o[2].Id).SeatNumber);
        Assert.Equal(RegistrationStatus.Waitlisted, registrants.Single(r => r.UserId == o[3].Id).Status);
        Assert.DoesNotContain(registrants, r => r.UserId == o[0].Id);

        // Registering again after cancelling joins the end of the queue.
        Assert.Equal(RegistrationStatus.Waitlisted, (await registrations.RegisterAsync(id, o[0].Id)).Status);
    }

    [Fact]
    public async Task Register_TenRacingForLastThreeSeats_ThreeRegisteredSevenWaitlisted()
    {
        var id = await world.PublishedWorkshopAsync(capacity: 5);
        var o = world.Officials;
        await world.Registrations().RegisterAsync(id, o[0].Id);
        await world.Registrations().RegisterAsync(id, o[1].Id);
        var racers = o.Skip(2).Take(10).ToList();
        using var start = new Barrier(racers.Count);

        var outcomes = await Task.WhenAll(racers.Select(r => Task.Run(async () =>
        {
            var service = world.Registrations();
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            return await service.RegisterAsync(id, r.Id);
        })));

        Assert.Equal(3, outcomes.Count(x => x.Status == RegistrationStatus.Registered));
        Assert.Equal(7, outcomes.Count(x => x.Status == RegistrationStatus.Waitlisted));
        var rows = await world.Database.QueryAsync(db => db.Registrations.Where(r => r.WorkshopId == id).ToListAsync());
        Assert.Equal([1, 2, 3, 4, 5], rows.Where(r => r.SeatNumber is not null).Select(r => r.SeatNumber!.Value).Order());
        Assert.Equal(Enumerable.Range(1, 7), rows.Where(r => r.WaitlistPosition is not null).Select(r => r.WaitlistPosition!.Value).Order());
        Assert.Equal(12, rows.Count);
    }

    [Fact]
    public async Task RegisterCohort_ByRegionAndPosition_SeatsThenWaitlist()
    {
        var id = await world.PublishedWorkshopAsync(capacity: 1);
        var filter = new CohortFilter(RegencyCode: "18.06", Position: Domain.Accounts.OfficialPosition.VillageHead);
        var preview = await world.Workshops().PreviewCohortAsync(id, filter, world.Hendra);

        var result = await world.Workshops().RegisterCohortAsync(id, filter, world.Hendra);
        var again = await world.Workshops().RegisterCohortAsync(id, filter, world.Hendra);

        Assert.True(preview.Matching >= 2);
        Assert.Equal(1, result.Registered);
        Assert.Equal(preview.Matching - 1, result.Waitlisted);
        Assert.Equal((0, 0, preview.Matching), (again.Registered, again.Waitlisted, again.AlreadyIn));
        await Assert.ThrowsAsync<DomainException>(() => world.Workshops().RegisterCohortAsync(id, filter, world.Dewi));
    }

    [Fact]
    public async Task Register_AfterLastSessionEnded_Refused()
    {
        var id = await world.PublishedWorkshopAsync(sessions: 1);
        var later = world.Registrations(WorkshopWorld.ClockAt(WorkshopWorld.Start.AddDays(2)));

        var e = await Assert.ThrowsAsync<DomainException>(() => later.RegisterAsync(id, world.Officials[0].Id));
        Assert.Contains("selesai", e.Message);
    }
}
