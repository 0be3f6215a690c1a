using SmartVillage.Domain;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Shared.Events;

/// <summary>Hands an event, after the change that raised it is saved, to every handler of it in their declared order.</summary>
public interface IDomainEventDispatcher
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent;

    /// <summary>
    /// Before the change is saved: hands the event to every <see cref="IStagedReaction{TEvent}"/>, which add their rows to
    /// <paramref name="db"/> so they are committed with the change. Nothing to stage by default.
    /// </summary>
    Task StageAsync<TEvent>(LearningDbContext db, TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent =>
        Task.CompletedTask;
}
