using System.Net;
using System.Net.Sockets;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repository and the built app are, and free ports on this machine, for every fixture.</summary>
public static class TestMachine
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Debug or Release, read from this assembly's own folder: …/bin/&lt;Configuration&gt;/net10.0/.</summary>
    public static string BuildConfiguration { get; } = FindBuildConfiguration();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmartVillage.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No SmartVillage.sln above {AppContext.BaseDirectory}.");
    }

    private static string FindBuildConfiguration()
    {
        var tfmFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configurationFolder = tfmFolder.Parent;
        if (configurationFolder?.Parent?.Name == "bin") return configurationFolder.Name;
        throw new InvalidOperationException($"Cannot tell Debug from Release in {AppContext.BaseDirectory}.");
    }
}
