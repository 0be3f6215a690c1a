namespace SmartVillage.Learning.Infrastructure.Clock;

/// <summary>
/// A clock the end-to-end tests can set (POST /testing/clock), so a test can ask for the code that was on screen
/// 31 seconds earlier. Registered only when <c>Testing:AdjustableClock</c> is true and the environment is
/// Development or Testing; start-up refuses the switch in any other environment (never in Production).
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    public const string SwitchKey = "Testing:AdjustableClock";

    private readonly Lock _lock = new();
    private DateTimeOffset? _frozenAt;
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _frozenAt ?? System.GetUtcNow() + _offset;
    }

    /// <summary>Stops the clock at <paramref name="now"/> (freeze) or lets it run on from there.</summary>
    public void Set(DateTimeOffset now, bool freeze)
    {
        lock (_lock)
        {
            _frozenAt = freeze ? now : null;
            _offset = freeze ? TimeSpan.Zero : now - System.GetUtcNow();
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _frozenAt = null;
            _offset = TimeSpan.Zero;
        }
    }

    public static bool IsAllowed(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static bool IsRequested(IConfiguration configuration) => configuration.GetValue<bool>(SwitchKey);
}

public static class AdjustableClockEndpoints
{
    /// <summary>POST /testing/clock?now=…&amp;freeze=true sets the clock; DELETE /testing/clock puts it back. Mapped only with the switch on.</summary>
    public static void MapAdjustableClock(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<TimeProvider>() is not AdjustableClock) return;
        endpoints.MapPost("/testing/clock", (DateTimeOffset now, bool? freeze, TimeProvider clock) =>
        {
            ((AdjustableClock)clock).Set(now, freeze ?? true);
            return Results.Ok(clock.GetUtcNow());
        }).AllowAnonymous().DisableAntiforgery();
        endpoints.MapDelete("/testing/clock", (TimeProvider clock) =>
        {
            ((AdjustableClock)clock).Reset();
            return Results.Ok(clock.GetUtcNow());
        }).AllowAnonymous().DisableAntiforgery();
    }
}
