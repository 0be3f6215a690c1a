using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Features.Messaging;

namespace SmartVillage.Learning.Tests.Features.Messaging;

public sealed class DispatcherRaceTests(MessagingWorld world) : IClassFixture<MessagingWorld>
{
    /// <summary>Two dispatchers (as two app instances) over one SQLite file: every message goes out once, none twice, none lost.</summary>
    [Fact]
    public async Task TwoDispatchers_RacingOverOneSqliteFile_SendEachMessageExactlyOnce()
    {
        var officials = await world.Database.QueryAsync(db => db.Users.Where(u => u.PhoneNumber != null && u.VillageCode != null).Select(u => u.Id).ToListAsync());
        var drafts = Enumerable.Range(0, 300)
            .Select(i => MessagingWorld.Draft(MessageKinds.Seat, officials[i % officials.Count], $"race{i}")).ToArray();
        await world.StageAsync(MessageKinds.Seat, drafts);
        var whatsappIds = await world.Database.QueryAsync(db => db.OutboxMessages
            .Where(m => m.DedupeKey.Contains(":race") && m.Channel == MessageChannel.WhatsApp).Select(m => m.Id).ToListAsync());
        Assert.Equal(300, whatsappIds.Count);

        world.Options.BatchSize = 25;
        var stub = new CountingChannel(TimeSpan.FromMilliseconds(2));
        var one = world.Dispatcher([stub]);
        var two = world.Dispatcher([stub]);
        async Task<int> DrainAsync(OutboxDispatcher dispatcher)
        {
            var sent = 0;
            for (var round = await dispatcher.RunOnceAsync(); round.Claimed > 0; round = await dispatcher.RunOnceAsync()) sent += round.Sent;
            return sent;
        }
        var rounds = await Task.WhenAll(DrainAsync(one), DrainAsync(two));

        Assert.True(rounds.Sum() >= 600, $"sent {rounds.Sum()}");   // plus whatever the demo seeding queued
        Assert.Equal(whatsappIds.Order(), stub.Sends.Keys.Order());
        Assert.All(stub.Sends, s => Assert.Equal(1, s.Value));
        var notifications = await world.Database.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == MessageKinds.Seat.Code && n.Text.Contains("isi nama")));
        Assert.Equal(300, notifications);
        Assert.Equal(0, await world.Database.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DedupeKey.Contains(":race") && m.Status != MessageStatus.Sent)));
    }

    /// <summary>A crash after the in-app notice was "sent" but before it was recorded cannot happen: both are one save.</summary>
    [Fact]
    public async Task InAppMessage_CrashBeforeTheSave_LeavesNeitherNotificationNorSentMark_AndTheNextRoundWritesOne()
    {
        var (official, _) = await world.OfficialAsync("+6281270000108");
        await world.StageAsync(MessageKinds.Waitlisted, MessagingWorld.Draft(MessageKinds.Waitlisted, official, "crash"));
        using var crash = new CancellationTokenSource();
        var exploding = new ExplodingChannel(crash);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Dispatcher([exploding]).RunOnceAsync(crash.Token));
        Assert.Equal(0, await world.Database.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == official && n.Kind == MessageKinds.Waitlisted.Code)));

        world.Clock.Advance(TimeSpan.FromSeconds(world.Options.LeaseSeconds + 1));   // the crashed instance's lease has run out
        await world.Dispatcher([new CountingChannel(TimeSpan.Zero)]).RunOnceAsync();

        Assert.Equal(1, await world.Database.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == official && n.Kind == MessageKinds.Waitlisted.Code)));
    }

    private sealed class ExplodingChannel(CancellationTokenSource crash) : IMessageChannel
    {
        public MessageChannel Channel => MessageChannel.WhatsApp;

        public Task<string?> SendAsync(OutgoingMessage message, CancellationToken ct)
        {
            crash.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult<string?>(null);
        }
    }
}
