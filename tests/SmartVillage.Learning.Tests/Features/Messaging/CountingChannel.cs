using System.Collections.Concurrent;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Features.Messaging;

namespace SmartVillage.Learning.Tests.Features.Messaging;

/// <summary>A stand-in WhatsApp channel that counts how often each outbox message reached it.</summary>
public sealed class CountingChannel(TimeSpan delay) : IMessageChannel
{
    public ConcurrentDictionary<long, int> Sends { get; } = new();

    public MessageChannel Channel => MessageChannel.WhatsApp;

    public async Task<string?> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (delay > TimeSpan.Zero) await Task.Delay(delay, ct);
        Sends.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        return $"stub-{message.Id}";
    }
}
