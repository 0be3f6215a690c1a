namespace SmartVillage.Domain.Messaging;

/// <summary>
/// How long a failed message waits before the next try, try by try; after the last delay it is dead. A provider's own
/// "try again after" (HTTP 429 Retry-After) is honoured when longer.
/// </summary>
public sealed class RetrySchedule
{
    public static readonly RetrySchedule Default = new([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)]);

    public RetrySchedule(IReadOnlyList<TimeSpan> delays)
    {
        if (delays.Any(d => d < TimeSpan.Zero)) throw new DomainException("Jeda percobaan ulang tidak boleh negatif.");
        Delays = delays;
    }

    public IReadOnlyList<TimeSpan> Delays { get; }

    /// <summary>Tries in all: the first, then one per delay.</summary>
    public int MaxAttempts => Delays.Count + 1;

    /// <summary>The wait after failed try number <paramref name="attempts"/> (1-based), or null when none is left.</summary>
    public TimeSpan? After(int attempts, TimeSpan? providerAsked = null)
    {
        if (attempts >= MaxAttempts) return null;
        var delay = Delays[Math.Max(0, attempts - 1)];
        return providerAsked is { } asked && asked > delay ? asked : delay;
    }
}
