using Microsoft.Extensions.Options;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>
/// The outbox dispatcher's loop in the web host: a round every <c>PollSeconds</c>, at once again while rounds come back
/// full. Safe in every instance: the claims in the database keep them apart.
/// </summary>
public sealed class OutboxDispatcherWorker(OutboxDispatcher dispatcher, IOptions<MessagingOptions> options, ILogger<OutboxDispatcherWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        // Let start-up (migrations, the key ring) finish before the first claim.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                var round = await dispatcher.RunOnceAsync(stoppingToken);
                full = round.Claimed >= options.Value.BatchSize;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox dispatch round failed; trying again in {Seconds} s", options.Value.PollSeconds);
            }
            if (!full) await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
        }
    }
}

/// <summary>The reminder scheduler's loop: a round every <c>SchedulerSeconds</c>; a round after downtime catches up by itself.</summary>
public sealed class ReminderSchedulerWorker(ReminderScheduler scheduler, IOptions<MessagingOptions> options, ILogger<ReminderSchedulerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await scheduler.RunOnceAsync(stoppingToken);
                if (round.Total > 0) logger.LogInformation("Reminders queued: {Round}", round);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder round failed; trying again in {Seconds} s", options.Value.SchedulerSeconds);
            }
            await Task.Delay(TimeSpan.FromSeconds(options.Value.SchedulerSeconds), stoppingToken);
        }
    }
}
