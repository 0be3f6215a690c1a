namespace SmartVillage.Learning.Features.Networks.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>In-app notifications: the service every feature may call, and the nudge that updates open bells.</summary>
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<NotificationSignal>();
        services.AddScoped<NotificationService>();
        // Runs only in the web host (the command line never starts its host); waits for the app to have started.
        services.AddHostedService<NotificationPoller>();
        return services;
    }
}
