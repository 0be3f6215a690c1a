using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repository and the built app are, free ports, Debian's Chromium and ending processes, for every fixture.</summary>
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

    /// <summary>Headless Debian Chromium (never a downloaded browser), with <paramref name="extra"/> switches.</summary>
    public static BrowserTypeLaunchOptions Chromium(params string[] extra) => new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-quic", "--no-first-run", .. extra,
        ],
    };

    /// <summary>Kills a process this test run started, with its children, and waits for it.</summary>
    public static async Task EndAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
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
