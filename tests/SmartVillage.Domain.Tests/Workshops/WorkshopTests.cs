using SmartVillage.Domain.Workshops;

namespace SmartVillage.Domain.Tests.Workshops;

public class WorkshopTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    private static Workshop Bimtek(int capacity = 3) => new("Bimtek Perencanaan", "MP", "18.03", capacity, "hendra", Now);

    [Fact]
    public void New_OwnerIsTrainer_DraftWithDefaultThreshold()
    {
        var workshop = Bimtek();

        Assert.True(workshop.IsTrainer("hendra"));
        Assert.True(workshop.Trainers.Single().IsOwner);
        Assert.Equal(WorkshopStatus.Draft, workshop.Status);
        Assert.Equal(80, workshop.CompletionThreshold);
    }

    [Fact]
    public void Describe_NeitherVenueNorLink_Refused()
    {
        var workshop = Bimtek();
        var e = Assert.Throws<DomainException>(() =>
            workshop.Describe("X", "MP", null, "18.03", " ", null, 10, null, null, 80, Now));
        Assert.Contains("tempat", e.Message);
    }

    [Fact]
    public void AddSession_Overlapping_Refused()
    {
        var workshop = Bimtek();
        workshop.AddSession(Now, Now.AddHours(8), "Hari 1", 8, Now);

        Assert.Throws<DomainException>(() => workshop.AddSession(Now.AddHours(7), Now.AddHours(9), "Tumpang", 1, Now));
    }

    [Fact]
    public void Session_StoredInUtc()
    {
        var wib = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var session = Bimtek().AddSession(wib, wib.AddHours(8), "Hari 1", 8, Now);

        Assert.Equal(TimeSpan.Zero, session.StartsAt.Offset);
        Assert.Equal(1, session.StartsAt.Hour);
    }

    [Fact]
    public void Publish_WithoutSessions_Refused() =>
        Assert.Throws<DomainException>(() => Bimtek().Publish(Now));

    [Fact]
    public void RegistrationRefusal_OutsideWindow_SaysWhy()
    {
        var workshop = Bimtek();
        workshop.AddSession(Now.AddDays(5), Now.AddDays(5).AddHours(8), "Hari 1", 8, Now);
        workshop.Describe("Bimtek", "MP", null, "18.03", "Aula", null, 10, Now.AddDays(1), Now.AddDays(3), 80, Now);
        workshop.Publish(Now);

        Assert.Contains("belum dibuka", workshop.RegistrationRefusal(Now));
        Assert.Null(workshop.RegistrationRefusal(Now.AddDays(2)));
        Assert.Contains("ditutup", workshop.RegistrationRefusal(Now.AddDays(3)));
    }
}

public class WorkshopSeatingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextFreeSeat_FillsGapsThenFull()
    {
        Assert.Equal(2, WorkshopSeating.NextFreeSeat([1, 3], 3));
        Assert.Null(WorkshopSeating.NextFreeSeat([1, 2, 3], 3));
    }

    [Fact]
    public void PromoteWaitlist_InOrderOfPosition()
    {
        var seated = new Registration(1, "a", null, Now);
        seated.TakeSeat(1, Now);
        var second = new Registration(1, "c", null, Now);
        second.JoinWaitlist(2, Now);
        var first = new Registration(1, "b", null, Now.AddMinutes(1));
        first.JoinWaitlist(1, Now.AddMinutes(1));
        var third = new Registration(1, "d", null, Now);
        third.JoinWaitlist(3, Now);

        var promoted = WorkshopSeating.PromoteWaitlist([seated, second, first, third], capacity: 3, Now.AddHours(1));

        Assert.Equal(["b", "c"], promoted.Select(r => r.UserId));
        Assert.Equal(2, first.SeatNumber);
        Assert.Equal(3, second.SeatNumber);
        Assert.Equal(RegistrationStatus.Waitlisted, third.Status);
    }

    [Fact]
    public void Cancel_FreesSeat_ThenWaitlistTakesIt()
    {
        var seated = new Registration(1, "a", null, Now);
        seated.TakeSeat(1, Now);
        var waiting = new Registration(1, "b", null, Now);
        waiting.JoinWaitlist(1, Now);

        Assert.Equal(1, seated.Cancel(Now));
        WorkshopSeating.PromoteWaitlist([seated, waiting], 1, Now);

        Assert.Equal(RegistrationStatus.Cancelled, seated.Status);
        Assert.Equal(1, waiting.SeatNumber);
        Assert.Null(waiting.WaitlistPosition);
    }
}
