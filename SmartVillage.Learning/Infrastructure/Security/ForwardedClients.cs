using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SmartVillage.Learning.Infrastructure.Security;

/// <summary>
/// Behind a reverse proxy (nginx terminating TLS) the connection comes from the proxy: the client's address and scheme
/// are read from X-Forwarded-For / X-Forwarded-Proto, and only when the request comes from a proxy this app trusts.
/// Section "ForwardedHeaders": KnownProxies (addresses) and KnownNetworks (CIDR), each a list or a string separated by
/// commas or semicolons. Neither set: loopback only (the framework's default, a proxy on the same machine).
/// </summary>
public static class ForwardedClients
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddForwardedClients(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration.GetSection($"{Section}:KnownProxies"))
            .Select(p => IPAddress.TryParse(p, out var address)
                ? address
                : throw new StartupConfigurationException($"{Section}:KnownProxies: \"{p}\" is not an IP address."))
            .ToList();
        var networks = List(configuration.GetSection($"{Section}:KnownNetworks"))
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network)
                ? network
                : throw new StartupConfigurationException($"{Section}:KnownNetworks: \"{n}\" is not a network in CIDR form such as 10.0.0.0/24."))
            .ToList();
        var forwardLimit = configuration.GetValue<int?>($"{Section}:ForwardLimit") ?? 1;

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The host is never taken from a header: addresses the app prints come from Certificates:PublicBaseUrl.
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = forwardLimit;
            if (proxies.Count == 0 && networks.Count == 0) return;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        return services;
    }

    private static IEnumerable<string> List(IConfigurationSection section)
    {
        var items = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value).OfType<string>();
        return items.SelectMany(i => i.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
