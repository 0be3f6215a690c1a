namespace SmartVillage.Learning.Features.Assessments.Attempts;

/// <summary>
/// Submits attempts whose time ran out while nobody had them open (a phone switched off), once a minute, so results,
/// certificates and reports never wait for the official to come back.
/// </summary>
public sealed class AttemptSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AttemptSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var submitted = await scope.ServiceProvider.GetRequiredService<AttemptService>().SubmitOverdueAsync(stoppingToken);
                if (submitted > 0) logger.LogInformation("Submitted {Count} overdue quiz attempt(s)", submitted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be busy or migrating; the next tick tries again.
                logger.LogWarning(e, "Sweeping overdue quiz attempts failed");
            }
        }
    }
}
