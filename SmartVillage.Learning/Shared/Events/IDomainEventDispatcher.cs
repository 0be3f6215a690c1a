using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Events;

/// <summary>Hands an event, after the change that raised it is saved, to every handler of it in their declared order.</summary>
public interface IDomainEventDispatcher
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent;
}
