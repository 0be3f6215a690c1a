using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Events;

/// <summary>For a service built without the app's container (a test, a benchmark): events go nowhere.</summary>
public sealed class NoDomainEvents : IDomainEventDispatcher
{
    public static readonly NoDomainEvents Instance = new();

    public Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent => Task.CompletedTask;
}
