using System.Diagnostics;
using System.Net;
using System.Text;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;

/// <summary>One running instance of the published app (smartvillage@PORT); stopping it sends SIGTERM, as systemctl stop does.</summary>
public sealed class AppInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppInstance(int port, Process process)
    {
        Port = port;
        _process = process;
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    internal static AppInstance Start(int port, ProcessStartInfo start)
    {
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var instance = new AppInstance(port, process);
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return instance;
    }

    /// <summary>Waits for GET /healthz to answer 200, as the guide's curl check does.</summary>
    public async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Instance {Port} exited with code {_process.ExitCode} before it was healthy.\n{Log}");
            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Instance {Port}: /healthz did not answer 200 within {StartTimeout.TotalSeconds:0} s.\n{Log}");
    }

    /// <summary>Waits for the instance to stop by itself (a refused start); its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Instance {Port} kept running for {StartTimeout.TotalSeconds:0} s instead of refusing to start.\n{Log}");
        }
        _process.WaitForExit(); // the output is read to the end
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, then waits as systemd does (TimeoutStopSec=30) before killing.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    public async ValueTask DisposeAsync() => await TestMachine.EndAsync(_process);
}
