using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Domain;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>The app's dispatcher over just these handlers, for a service built by hand: reactions run in their declared order, as in the app.</summary>
public static class TestEvents
{
    public static IDomainEventDispatcher To(params object[] handlers)
    {
        var services = new ServiceCollection();
        foreach (var handler in handlers)
            foreach (var contract in handler.GetType().GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
                services.AddSingleton(contract, handler);
        return new DomainEventDispatcher(services.BuildServiceProvider(), NullLogger<DomainEventDispatcher>.Instance);
    }

    /// <summary>Each event to <paramref name="first"/>, then to <paramref name="then"/>.</summary>
    public static IDomainEventDispatcher Both(IDomainEventDispatcher first, IDomainEventDispatcher then) => new Pair(first, then);

    private sealed class Pair(IDomainEventDispatcher first, IDomainEventDispatcher then) : IDomainEventDispatcher
    {
        public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
        {
            await first.PublishAsync(domainEvent, cancellationToken);
            await then.PublishAsync(domainEvent, cancellationToken);
        }
    }
}
