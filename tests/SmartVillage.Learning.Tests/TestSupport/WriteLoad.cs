using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Notifications;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>
/// The app writing while a test does something else (a backup, an upgrade): one writer per given instance adds a
/// notification at a time, each in its own short context, until stopped; every committed row is kept with the time it
/// was seen committed.
/// </summary>
public sealed class WriteLoad
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _writers;

    private WriteLoad(string userId, IEnumerable<IServiceProvider> instances) =>
        _writers = instances.Select((instance, w) => Task.Run(async () =>
        {
            var factory = instance.GetRequiredService<IDbContextFactory<LearningDbContext>>();
            for (var i = 0; !_stop.IsCancellationRequested; i++)
            {
                await using var db = await factory.CreateDbContextAsync();
                var row = new Notification(userId, "load", $"Penulis {w} baris {i}", "/", DateTimeOffset.UtcNow);
                db.Notifications.Add(row);
                await db.SaveChangesAsync();
                Committed.Add((row.Id, Clock.ElapsedTicks));
            }
        })).ToList();

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public ConcurrentBag<(long Id, long At)> Committed { get; } = [];

    public static WriteLoad Start(string userId, params IServiceProvider[] instances) => new(userId, instances);

    /// <summary>Waits until <paramref name="more"/> rows beyond those committed so far are committed.</summary>
    public async Task WaitForMoreAsync(int more)
    {
        var target = Committed.Count + more;
        var waited = Stopwatch.StartNew();
        while (Committed.Count < target)
        {
            if (_writers.FirstOrDefault(w => w.IsFaulted) is { } failed) await failed;
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("The writers stopped committing.");
            await Task.Delay(10);
        }
    }

    /// <summary>Stops the writers; throws what any of them met.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
        _stop.Dispose();
    }
}
