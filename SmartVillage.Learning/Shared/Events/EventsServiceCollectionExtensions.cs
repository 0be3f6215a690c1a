using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.TryAddSingleton<IDomainEventDispatcher, DomainEventDispatcher>();
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (one singleton, however many events it handles) as a reaction to
    /// <typeparamref name="TEvent"/>. Singletons over IDbContextFactory, because singletons (LearningService) raise events too.
    /// </summary>
    public static IServiceCollection AddReaction<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent where THandler : class, IDomainEventHandler<TEvent>
    {
        services.TryAddSingleton<THandler>();
        services.AddSingleton<IDomainEventHandler<TEvent>>(sp => sp.GetRequiredService<THandler>());
        return services;
    }

    /// <summary>Registers <typeparamref name="TReaction"/> (one singleton) to stage rows in the transaction of every change raising <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddStagedReaction<TEvent, TReaction>(this IServiceCollection services)
        where TEvent : IDomainEvent where TReaction : class, IStagedReaction<TEvent>
    {
        services.TryAddSingleton<TReaction>();
        services.AddSingleton<IStagedReaction<TEvent>>(sp => sp.GetRequiredService<TReaction>());
        return services;
    }
}
