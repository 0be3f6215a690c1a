using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Events;

/// <summary>
/// In-process and in order: the handlers registered for the event, sorted by <see cref="IDomainEventHandler{TEvent}.Order"/>
/// (registration order among equals), one after the other. The change that raised the event is already saved, so a
/// failing handler is logged and never undoes it, nor stops the next one; each area repairs its own copy (`report refresh`).
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services, ILogger<DomainEventDispatcher> logger) : IDomainEventDispatcher
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
    {
        foreach (var handler in HandlersOf<TEvent>(services))
        {
            try
            {
                await handler.HandleAsync(domainEvent, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Handler} failed on {Event}", handler.GetType().Name, domainEvent);
            }
        }
    }

    /// <summary>The handlers of one event in the order they run.</summary>
    public static IReadOnlyList<IDomainEventHandler<TEvent>> HandlersOf<TEvent>(IServiceProvider services) where TEvent : IDomainEvent =>
        services.GetServices<IDomainEventHandler<TEvent>>().OrderBy(h => h.Order).ToList();
}
