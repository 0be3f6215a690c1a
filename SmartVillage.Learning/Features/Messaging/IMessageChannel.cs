using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>
/// A way out of the app (email, WhatsApp). Sends one message and returns the provider's id for it, or throws
/// <see cref="ChannelFailure"/> saying whether trying again can help. In-app messages do not pass here: they are written
/// in the dispatcher's own transaction (<see cref="OutboxDispatcher"/>).
/// </summary>
public interface IMessageChannel
{
    MessageChannel Channel { get; }

    Task<string?> SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <summary>What a channel needs of one outbox row, with the link made absolute.</summary>
public sealed record OutgoingMessage(long Id, string IdempotencyKey, MessageKind Kind, string Address, string RecipientName, string Subject,
    string Text, string AbsoluteLink, IReadOnlyList<string> Parameters);

/// <summary>A send that failed: <see cref="Permanent"/> when the provider refused it for good (a bad address), else worth another try.</summary>
public sealed class ChannelFailure(string reason, bool permanent, TimeSpan? retryAfter = null, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
