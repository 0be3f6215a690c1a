using SmartVillage.Domain;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Shared.Events;

/// <summary>
/// A reaction that belongs to the change itself: it adds rows to the raising change's own context before that change is
/// saved, so both are committed together or not at all (the outbox: a message exists exactly when its cause does). It
/// must only add to <c>db</c>, never save it; a failure fails the change. Registered with <c>AddStagedReaction</c>.
/// </summary>
public interface IStagedReaction<in TEvent> where TEvent : IDomainEvent
{
    /// <summary>Where it runs among the event's staged reactions, lowest first: one of <see cref="ReactionOrder"/>.</summary>
    int Order { get; }

    Task StageAsync(LearningDbContext db, TEvent domainEvent, CancellationToken cancellationToken);
}
