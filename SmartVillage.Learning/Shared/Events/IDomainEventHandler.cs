using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Events;

/// <summary>One area's reaction to an event of another. Registered with <c>AddReaction</c>; must not throw for an expected case.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    /// <summary>Where it runs among the event's handlers, lowest first: one of <see cref="ReactionOrder"/>.</summary>
    int Order { get; }

    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
