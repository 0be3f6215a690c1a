using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// The outbox (written by staged reactions to seats and certificates), its dispatcher and scheduler, the channels that
    /// are configured (in-app always; email and WhatsApp only with their settings), preferences and the admin's view.
    /// </summary>
    public static IServiceCollection AddMessagingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MessagingOptions.Section);
        services.Configure<MessagingOptions>(section);
        var settings = section.Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddSingleton<OutboxWriter>();
        services.AddStagedReaction<SeatsChanged, SeatMessages>();
        services.AddStagedReaction<CertificateIssued, CertificateMessages>();
        if (settings.Email.IsConfigured) services.AddSingleton<IMessageChannel, EmailChannel>();
        if (settings.WhatsApp.IsConfigured)
        {
            services.AddHttpClient<WhatsAppChannel>();
            services.AddSingleton<IMessageChannel>(sp => sp.GetRequiredService<WhatsAppChannel>());
        }
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ReminderScheduler>();
        services.AddSingleton<WhatsAppWebhook>();
        services.AddScoped<MessagePreferencesService>();
        services.AddScoped<MessagesAdminService>();
        return services;
    }

    /// <summary>The dispatcher's and the scheduler's loops: the web host only (never a command-line verb).</summary>
    public static IServiceCollection AddMessagingWorkers(this IServiceCollection services)
    {
        services.AddHostedService<OutboxDispatcherWorker>();
        services.AddHostedService<ReminderSchedulerWorker>();
        return services;
    }
}
