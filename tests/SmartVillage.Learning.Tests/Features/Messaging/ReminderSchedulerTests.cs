using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Features.Messaging;

namespace SmartVillage.Learning.Tests.Features.Messaging;

public sealed class ReminderSchedulerTests(MessagingWorld world) : IClassFixture<MessagingWorld>
{
    /// <summary>A session tomorrow at 08.00 WIB: the day-before reminder now, the hour-before one at 07.00, each once however often the scheduler runs.</summary>
    [Fact]
    public async Task Reminders_AreQueuedOncePerSessionAndPerson_EvenWithTwoSchedulersRacing()
    {
        var clock = new FakeTimeProvider(MessagingWorld.TenWib);
        var tomorrow = MessagingWorld.TenWib.AddDays(1);
        var workshop = await world.PublishedWorkshopAsync(tomorrow);
        var (a, _) = await world.OfficialAsync("+6281270000110");
        var (b, _) = await world.OfficialAsync("+6281270000111");
        await world.Registrations().RegisterAsync(workshop, a);
        await world.Registrations().RegisterAsync(workshop, b);

        var rounds = await Task.WhenAll(world.Scheduler(clock).RunOnceAsync(), world.Scheduler(clock).RunOnceAsync());
        Assert.Equal(4, rounds.Sum(r => r.DayBefore));   // two people, in-app and WhatsApp
        Assert.Equal(0, (await world.Scheduler(clock).RunOnceAsync()).DayBefore);
        var day = (await world.OutboxOfAsync(a)).Single(m => m.Kind == MessageKinds.DayBefore.Code && m.Channel == MessageChannel.WhatsApp);
        Assert.StartsWith($"Pengingat: besok {Wib.Day(tomorrow)} pukul 08.00 WIB, bimtek Bimtek Siskeudes", day.Text);
        Assert.Contains("Aula PMD Kotabumi", day.Text);

        clock.SetUtcNow(new DateTimeOffset(tomorrow.ToOffset(Wib.Offset).Date, Wib.Offset).AddHours(7));   // 07.00 WIB on the day
        Assert.Equal(4, (await world.Scheduler(clock).RunOnceAsync()).HourBefore);
        Assert.Equal(0, (await world.Scheduler(clock).RunOnceAsync()).HourBefore);
        var hour = (await world.OutboxOfAsync(b)).Single(m => m.Kind == MessageKinds.HourBefore.Code && m.Channel == MessageChannel.WhatsApp);
        Assert.StartsWith("Satu jam lagi (08.00 WIB)", hour.Text);
        Assert.Single(await world.OutboxOfAsync(b), m => m.Kind == MessageKinds.DayBefore.Code && m.Channel == MessageChannel.WhatsApp);
    }

    /// <summary>Back after downtime: a session that already started gets nothing; a reminder queued before it started expires unsent.</summary>
    [Fact]
    public async Task AfterDowntime_ASessionThatStarted_GetsNoReminder_AndAQueuedOneExpiresUnsent()
    {
        var start = MessagingWorld.TenWib.AddDays(3);   // 10.00 WIB in three days
        var workshop = await world.PublishedWorkshopAsync(start);
        var (official, _) = await world.OfficialAsync("+6281270000112");
        await world.Registrations().RegisterAsync(workshop, official);
        var sessionStart = new DateTimeOffset(start.ToOffset(Wib.Offset).Date, Wib.Offset).AddHours(8);

        var clock = new FakeTimeProvider(sessionStart.AddMinutes(-30));
        await world.Scheduler(clock).RunOnceAsync();
        var queued = (await world.OutboxOfAsync(official)).Where(m => m.Kind == MessageKinds.HourBefore.Code).ToList();
        Assert.Equal(2, queued.Count);

        // The dispatchers were down until the session began: the reminder is dropped, not sent late.
        clock.SetUtcNow(sessionStart.AddMinutes(5));
        var stub = new CountingChannel(TimeSpan.Zero);
        await world.Dispatcher([stub], clock).RunOnceAsync();
        Assert.All((await world.OutboxOfAsync(official)).Where(m => m.Kind == MessageKinds.HourBefore.Code), m => Assert.Equal(MessageStatus.Expired, m.Status));
        Assert.DoesNotContain(queued, q => stub.Sends.ContainsKey(q.Id));

        // A scheduler that wakes up after the start writes nothing for it.
        var late = await world.Scheduler(clock).RunOnceAsync();
        Assert.Equal(0, (await world.OutboxOfAsync(official)).Count(m => m.Kind == MessageKinds.DayBefore.Code));
        Assert.Equal(0, late.HourBefore);
    }

    [Fact]
    public async Task NotUrgent_AtNight_WaitsUntilSixWib_WhileUrgentGoesAtOnce()
    {
        var night = new FakeTimeProvider(new DateTimeOffset(MessagingWorld.TenWib.ToOffset(Wib.Offset).Date, Wib.Offset).AddHours(22));
        var (official, _) = await world.OfficialAsync("+6281270000113");
        await using (var db = world.Factory.CreateDbContext())
        {
            var recipients = await OutboxWriter.RecipientsAsync(db, [official], default);
            var writer = world.Writer(night);
            await writer.StageAsync(db, MessageKinds.Waitlisted, [MessagingWorld.Draft(MessageKinds.Waitlisted, official, "night")], recipients, default);
            await writer.StageAsync(db, MessageKinds.Promoted, [MessagingWorld.Draft(MessageKinds.Promoted, official, "night")], recipients, default);
            await db.SaveChangesAsync();
        }
        var rows = (await world.OutboxOfAsync(official)).Where(m => m.DedupeKey.Contains(":night:")).ToList();
        var sixNextMorning = new DateTimeOffset(night.GetUtcNow().ToOffset(Wib.Offset).Date.AddDays(1), Wib.Offset).AddHours(6);
        Assert.All(rows.Where(r => r.Kind == MessageKinds.Waitlisted.Code), r => Assert.Equal(sixNextMorning, r.DueAt));
        Assert.All(rows.Where(r => r.Kind == MessageKinds.Promoted.Code), r => Assert.Equal(night.GetUtcNow(), r.DueAt));
    }

    [Fact]
    public async Task APlanWaitingThreeDays_RemindsItsMentorOnce()
    {
        var maria = await world.IdOfEmailAsync("maria@smartvillage.test");
        var waiting = await world.Database.QueryAsync(db => db.WorkPlans.Where(p => p.Status == SmartVillage.Domain.Mentoring.WorkPlanStatus.Submitted)
            .Select(p => new { p.Id, p.SubmittedAt }).ToListAsync());
        var plan = Assert.Single(waiting);
        // Other tests' rounds run at later hours and may have queued it already: start this story from a clean slate.
        await world.Database.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == MessageKinds.PlanWaiting.Code).ExecuteDeleteAsync());
        Task<int> QueuedAsync() => world.Database.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == MessageKinds.PlanWaiting.Code && m.RecipientId == maria));
        var clock = new FakeTimeProvider(plan.SubmittedAt!.Value.AddDays(2));
        await world.Scheduler(clock).RunOnceAsync();
        Assert.Equal(0, await QueuedAsync());
        clock.Advance(TimeSpan.FromDays(1.5));
        Assert.True((await world.Scheduler(clock).RunOnceAsync()).PlansWaiting > 0);
        var queued = await QueuedAsync();
        Assert.True(queued > 0);
        await world.Scheduler(clock).RunOnceAsync();
        Assert.Equal(queued, await QueuedAsync());
        Assert.Contains(await world.OutboxOfAsync(maria), m => m.Kind == MessageKinds.PlanWaiting.Code && m.Link == $"/mentor/plans/{plan.Id}");
    }
}
