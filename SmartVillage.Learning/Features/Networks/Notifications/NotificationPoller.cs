using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Networks.Notifications;

/// <summary>
/// Brings notifications written by another instance to the open bells of this one: instances behind a load balancer
/// share the database, not memory. While a bell is open here, every few seconds the newest notification ids are read
/// (an index seek) and their recipients' bells nudged through <see cref="NotificationSignal"/>; the bell then reads its
/// count as always. An instance with no open bell sends nothing.
/// </summary>
public sealed class NotificationPoller(IDbContextFactory<LearningDbContext> dbFactory, NotificationSignal signal, IConfiguration configuration,
    IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<NotificationPoller> logger) : BackgroundService
{
    public const string IntervalKey = "Notifications:PollSeconds";

    // SQL Server hands out identity values before commit, so a lower id can become visible after a higher one:
    // each poll looks this far back and remembers what it already announced.
    private const long LookBack = 200;

    private long? _highest;
    private readonly HashSet<long> _seen = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The schema exists once the app has started: the database initializer runs before.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);

        var seconds = Math.Clamp(configuration.GetValue(IntervalKey, 3.0), 0.2, 300);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!signal.HasListeners) continue;
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reading new notifications failed; the next poll tries again");
            }
        }
    }

    /// <summary>Announces the recipients of notifications this instance has not seen yet; returns how many.</summary>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var first = _highest is null;
        // What existed before this instance first looked is already counted by any bell that opens: seen, not announced.
        var highest = _highest ??= await db.Notifications.MaxAsync(n => (long?)n.Id, ct) ?? 0;
        var floor = highest - LookBack;
        var recent = await db.Notifications.AsNoTracking().Where(n => n.Id > floor).Select(n => new { n.Id, n.UserId }).ToListAsync(ct);
        var unseen = recent.Where(n => _seen.Add(n.Id)).ToList();
        if (recent.Count > 0) _highest = Math.Max(highest, recent.Max(n => n.Id));
        _seen.RemoveWhere(id => id <= _highest - LookBack);
        if (first) return 0;
        foreach (var userId in unseen.Select(n => n.UserId).Distinct()) signal.Raise(userId);
        return unseen.Count;
    }
}
