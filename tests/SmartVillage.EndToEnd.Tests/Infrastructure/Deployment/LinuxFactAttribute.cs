using System.Runtime.InteropServices;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;

/// <summary>
/// A production test: it runs Debian's nginx, the systemd unit's command line and stops instances with SIGTERM, which only
/// Linux can do. Elsewhere (a developer's Windows or macOS) it is skipped and the runner prints why; on Linux it always
/// runs, and a missing nginx fails it with the command that installs it (./test.sh does).
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public static readonly string? NotLinux = OperatingSystem.IsLinux()
        ? null
        : $"Needs Linux (Debian's nginx, the systemd unit, SIGTERM); this machine runs {RuntimeInformation.OSDescription}.";

    public LinuxFactAttribute()
    {
        if (NotLinux is not null) Skip = NotLinux;
    }
}
