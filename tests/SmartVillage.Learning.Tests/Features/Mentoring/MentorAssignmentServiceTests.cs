using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class MentorAssignmentServiceTests(MentoringWorld world) : IClassFixture<MentoringWorld>
{
    [Fact]
    public async Task AssignVillage_ThenTheMentorReadsPlansOfEveryOfficialThere_RemoveTakesItBack()
    {
        var rudiVillage = await world.Database.QueryAsync(db => db.Users.Where(u => u.Id == world.Rudi.UserId).Select(u => u.VillageCode!).SingleAsync());
        var plan = await world.SubmittedPlanAsync(world.Rudi);
        await Assert.ThrowsAsync<DomainException>(() => world.Plans().PlanAsync(plan, world.Yusuf));

        await world.Assignments().AssignVillageAsync(world.Yusuf.UserId, rudiVillage, world.Admin);
        var read = await world.Plans().PlanAsync(plan, world.Yusuf);
        var row = Assert.Single(await world.Assignments().AssignmentsAsync(world.Yusuf.UserId, world.Admin), a => a.VillageCode == rudiVillage);
        await world.Assignments().RemoveAsync(row.Id, world.Admin);

        Assert.True(read.CanReview);
        Assert.StartsWith("Seluruh aparatur", row.Label);
        await Assert.ThrowsAsync<DomainException>(() => world.Plans().PlanAsync(plan, world.Yusuf));
    }

    [Fact]
    public async Task SearchAndAssignOfficial_ByPhone_AddsThemToTheMentorsDesk()
    {
        var found = await world.Assignments().SearchOfficialsAsync("0812-7000-0100", world.Admin);
        await world.Assignments().AssignOfficialAsync(world.Maria.UserId, Assert.Single(found).Id, world.Admin);
        await world.Assignments().AssignOfficialAsync(world.Maria.UserId, found[0].Id, world.Admin); // twice: no second row

        var home = await world.Desk().HomeAsync(world.Maria);
        Assert.Single(home.Officials, o => o.FullName == "Rudi Hartono");
        Assert.Single(await world.Assignments().AssignmentsAsync(world.Maria.UserId, world.Admin), a => a.Label == "Rudi Hartono");
        await world.Assignments().RemoveAsync((await world.Assignments().AssignmentsAsync(world.Maria.UserId, world.Admin)).Single(a => a.Label == "Rudi Hartono").Id, world.Admin);
    }

    [Fact]
    public async Task Assign_ByAMentorOrAnOfficial_Refused()
    {
        var asMentor = await Assert.ThrowsAsync<DomainException>(() => world.Assignments().AssignOfficialAsync(world.Maria.UserId, world.Dwi.UserId, world.Maria));
        await Assert.ThrowsAsync<DomainException>(() => world.Assignments().AssignOfficialAsync(world.Maria.UserId, world.Dwi.UserId, world.Dwi));
        var notAMentor = await Assert.ThrowsAsync<DomainException>(() => world.Assignments().AssignOfficialAsync(world.Rudi.UserId, world.Dwi.UserId, world.Admin));

        Assert.Equal(MentorAssignmentService.AdminOnlyMessage, asMentor.Message);
        Assert.Equal("Pilih seorang pendamping.", notAMentor.Message);
        Assert.DoesNotContain((await world.Desk().HomeAsync(world.Maria)).Officials, o => o.FullName == "Dwi Astuti");
    }
}
