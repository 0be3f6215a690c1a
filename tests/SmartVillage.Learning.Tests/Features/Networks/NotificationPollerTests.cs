using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Networks.Notifications;

namespace SmartVillage.Learning.Tests.Features.Networks;

/// <summary>
/// Issue 15 item 5, the poll behind it: another instance (its own <see cref="NotificationSignal"/>) learns of what this
/// one wrote, once each, including a row that became visible late under a lower id (SQL Server's identity order).
/// </summary>
public class NotificationPollerTests(NetworkWorld world) : IClassFixture<NetworkWorld>
{
    [Fact]
    public async Task Poll_AnnouncesWhatAnotherInstanceWrote_OnceEach_IncludingALateLowerId()
    {
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Maria.UserId, "test", "Sebelum instans kedua melihat.", "/"));
        var otherInstance = new NotificationSignal();
        var rung = new List<string>();
        otherInstance.Changed += rung.Add;
        var factory = world.Database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();
        var poller = new NotificationPoller(factory, otherInstance, new ConfigurationBuilder().Build(),
            new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), world.Clock, NullLogger<NotificationPoller>.Instance);

        Assert.Equal(0, await poller.PollAsync(CancellationToken.None));
        Assert.Empty(rung);

        await world.Notifications.NotifyAsync(new NotificationMessage(world.Maria.UserId, "test", "Ada tanggapan baru.", "/collaboration/1"));
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Ahmad.UserId, "test", "Ada balasan baru.", "/discussion"));
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Hendra.UserId, "test", "Ditulis, belum terlihat.", "/"));
        // Hendra's row stands for one whose transaction commits after the next poll: it is not there yet.
        var late = await world.Database.QueryAsync(db => db.Notifications.Where(n => n.UserId == world.Hendra.UserId).MaxAsync(n => n.Id));
        await world.Database.QueryAsync(db => db.Notifications.Where(n => n.Id == late).ExecuteDeleteAsync());
        await world.Notifications.NotifyAsync(new NotificationMessage(world.Admin.UserId, "test", "Yang terbaru.", "/"));

        Assert.Equal(3, await poller.PollAsync(CancellationToken.None));
        Assert.Equal([world.Maria.UserId, world.Ahmad.UserId, world.Admin.UserId], rung);
        Assert.Equal(0, await poller.PollAsync(CancellationToken.None));

        rung.Clear();
        await world.Database.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO Notifications (Id, UserId, Kind, Text, Link, CreatedAt) VALUES ({late}, {world.Hendra.UserId}, 'test', 'Terlihat terlambat.', '/', '2026-12-01 01:00:00+00:00')"));
        Assert.Equal(1, await poller.PollAsync(CancellationToken.None));
        Assert.Equal([world.Hendra.UserId], rung);
    }
}
