using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Domain.Messaging;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Messaging;
using SmartVillage.Learning.Features.Networks.Notifications;

namespace SmartVillage.Benchmarks;

/// <summary>
/// A province-wide bimtek day: <c>officials</c> officials seated in workshops whose sessions start tomorrow at 08.00 WIB.
/// The scheduler queues the day-before reminders (in-app and WhatsApp for each), then two dispatchers (as two instances)
/// claim and hand them to a stub WhatsApp channel over one SQLite file. Prints the times and checks none went twice.
/// </summary>
public static class ReminderScale
{
    public static async Task<int> RunAsync(int officials)
    {
        var setup = Stopwatch.StartNew();
        await using var world = await BenchmarkWorld.CreateAsync(officials);
        var now = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddHours(3);   // 10.00 WIB today
        var clock = new FixedClock(now);
        await SeatEveryoneAsync(world, now);
        Console.WriteLine($"{officials:N0} officials seated in {officials / 400 + 1} workshops in {setup.Elapsed.TotalSeconds:0.0} s");

        var options = Microsoft.Extensions.Options.Options.Create(new MessagingOptions
        {
            WhatsApp = new WhatsAppOptions { PhoneNumberId = "bench", AccessToken = "bench" },
            BatchSize = 200,
            MaxParallelSends = 16,
        });
        var factory = world.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();
        var scheduler = new ReminderScheduler(factory, new OutboxWriter(options, clock), clock);
        var watch = Stopwatch.StartNew();
        var round = await scheduler.RunOnceAsync();
        var queued = watch.Elapsed;
        Console.WriteLine($"scheduler: {round.DayBefore:N0} day-before reminders queued ({officials:N0} people × in-app and WhatsApp) in {queued.TotalSeconds:0.0} s");

        var stub = new StubChannel();
        OutboxDispatcher Dispatcher() => new(factory, [stub], options, world.Services.GetRequiredService<PublicBaseUrl>(), new NotificationSignal(), clock,
            NullLogger<OutboxDispatcher>.Instance);
        watch.Restart();
        var sent = await Task.WhenAll(DrainAsync(Dispatcher()), DrainAsync(Dispatcher()));
        var drained = watch.Elapsed;

        await using var db = world.CreateContext();
        var whatsapp = await db.OutboxMessages.CountAsync(m => m.Channel == MessageChannel.WhatsApp);
        var notifications = await db.Notifications.CountAsync(n => n.Kind == MessageKinds.DayBefore.Code);
        var twice = stub.Sends.Count(s => s.Value > 1);
        var unsent = await db.OutboxMessages.CountAsync(m => m.Status != MessageStatus.Sent);
        Console.WriteLine($"dispatch: {sent.Sum():N0} messages sent by two dispatchers ({sent[0]:N0} + {sent[1]:N0}) in {drained.TotalSeconds:0.0} s " +
                          $"({sent.Sum() / drained.TotalSeconds:N0}/s); WhatsApp stub received {stub.Sends.Count:N0} of {whatsapp:N0}, {twice} twice; " +
                          $"{notifications:N0} bell notifications; {unsent} not sent; load average {LoadAverage()}");
        Console.WriteLine($"total, queue and send: {(queued + drained).TotalSeconds:0.0} s");
        return twice == 0 && unsent == 0 && stub.Sends.Count == whatsapp && notifications == officials && (queued + drained) < TimeSpan.FromMinutes(1) ? 0 : 1;
    }

    private static async Task<int> DrainAsync(OutboxDispatcher dispatcher)
    {
        var sent = 0;
        for (var round = await dispatcher.RunOnceAsync(); round.Claimed > 0; round = await dispatcher.RunOnceAsync()) sent += round.Sent;
        return sent;
    }

    private static async Task SeatEveryoneAsync(BenchmarkWorld world, DateTimeOffset now)
    {
        await using var db = world.CreateContext();
        var tomorrow = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime).AddDays(1);
        var at = new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7));
        foreach (var (chunk, index) in world.Officials.Chunk(400).Select((c, i) => (c, i)))
        {
            var workshop = new Workshop($"Bimtek Serentak {index + 1}", "MP", "18.06", 400, null, now);
            workshop.Describe(workshop.Title, "MP", null, "18.06", $"Balai Kecamatan {index + 1}", null, 400, null, null, 80, now);
            workshop.AddSession(at, at.AddHours(8), "Hari 1", 8, now);
            workshop.Publish(now);
            db.Workshops.Add(workshop);
            await db.SaveChangesAsync();
            var seat = 0;
            foreach (var official in chunk)
            {
                var registration = new Registration(workshop.Id, official, null, now);
                registration.TakeSeat(++seat, now);
                db.Registrations.Add(registration);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Stands in for the Cloud API: accepts at once and counts per outbox id.</summary>
    private sealed class StubChannel : IMessageChannel
    {
        public ConcurrentDictionary<long, int> Sends { get; } = new();
        public MessageChannel Channel => MessageChannel.WhatsApp;

        public Task<string?> SendAsync(OutgoingMessage message, CancellationToken ct)
        {
            Sends.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            return Task.FromResult<string?>("wamid.bench");
        }
    }
}
