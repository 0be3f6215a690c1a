using SmartVillage.Learning.Features.Networks.Collaboration;
using SmartVillage.Learning.Features.Networks.Directory;
using SmartVillage.Learning.Features.Networks.Discussion;
using SmartVillage.Learning.Features.Networks.Notifications;

namespace SmartVillage.Learning.Features.Networks;

public static class NetworksServiceCollectionExtensions
{
    /// <summary>Directory of villages and partners, collaboration requests, discussion per track, and their report feed.</summary>
    public static IServiceCollection AddNetworksFeature(this IServiceCollection services)
    {
        services.AddNotificationsFeature();
        services.AddScoped<DirectoryService>();
        services.AddScoped<CollaborationService>();
        services.AddScoped<DiscussionService>();
        services.AddScoped<NetworkReports>();
        return services;
    }
}
