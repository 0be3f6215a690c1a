using SmartVillage.Domain;
using SmartVillage.Learning.Data;

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

    /// <summary>Staged reactions are part of the change: one that fails fails the change (nothing is saved), so none is caught here.</summary>
    public async Task StageAsync<TEvent>(LearningDbContext db, TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
    {
        foreach (var reaction in services.GetServices<IStagedReaction<TEvent>>().OrderBy(r => r.Order))
            await reaction.StageAsync(db, domainEvent, cancellationToken);
    }

    /// <summary>The handlers of one event in the order they run.</summary>
    public static IReadOnlyList<IDomainEventHandler<TEvent>> HandlersOf<TEvent>(IServiceProvider services) where TEvent : IDomainEvent =>
        services.GetServices<IDomainEventHandler<TEvent>>().OrderBy(h => h.Order).ToList();
}
