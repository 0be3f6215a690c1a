using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A slow link between the browser and the app, in this process: a TCP proxy on 127.0.0.1 that holds every chunk for
/// the one-way latency and lets bytes through no faster than the bandwidth, in each direction, on every connection
/// (the page, its assets and the circuit's WebSocket alike). A browser context whose BaseURL is <see cref="BaseUrl"/>
/// sees the app as a phone on a weak signal does, deterministically: a round trip never takes less than twice the
/// latency. Cookies for 127.0.0.1 are not tied to a port, so a sign-in made directly holds through the link too.
/// </summary>
public sealed class ThrottledLink : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private readonly List<TcpClient> clients = [];

    /// <param name="targetBaseUrl">The app, e.g. <c>http://127.0.0.1:5123</c>.</param>
    /// <param name="bitsPerSecond">Bandwidth each way, e.g. 400_000 for 400 kbps.</param>
    /// <param name="latency">One-way delay added to every chunk, e.g. 400 ms.</param>
    public ThrottledLink(string targetBaseUrl, long bitsPerSecond, TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bitsPerSecond);
        var uri = new Uri(targetBaseUrl);
        target = new IPEndPoint(IPAddress.Parse(uri.Host), uri.Port);
        BytesPerSecond = bitsPerSecond / 8.0;
        Latency = latency;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        accepting = AcceptAsync(stop.Token);
    }

    public string BaseUrl { get; }
    public double BytesPerSecond { get; }
    public TimeSpan Latency { get; }

    private long bytesToBrowser;
    private long bytesFromBrowser;

    /// <summary>
    /// Every byte the app sent the browser through this link so far: HTTP headers and bodies as they travel (compressed
    /// or not) and the circuit's WebSocket frames (with their permessage-deflate), what a phone's data plan pays for.
    /// </summary>
    public long BytesToBrowser => Interlocked.Read(ref bytesToBrowser);

    /// <summary>Every byte the browser sent the app through this link so far.</summary>
    public long BytesFromBrowser => Interlocked.Read(ref bytesFromBrowser);

    private volatile TaskCompletionSource flowing = Flowing();

    private static TaskCompletionSource Flowing()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    /// <summary>
    /// The link stalls as rural 3G does: every connection stays open, nothing is refused or reset, but no byte gets through
    /// either way until <see cref="Resume"/>; what was sent meanwhile arrives then, in order.
    /// </summary>
    public void Stall()
    {
        if (flowing.Task.IsCompleted) flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The stalled link carries bytes again.</summary>
    public void Resume() => flowing.TrySetResult();

    /// <summary>
    /// The stalled link comes back as a new one, as when a phone's data session is set up again: every connection open during
    /// the stall is cut and what was sent on it is lost; new connections flow.
    /// </summary>
    public void ResumeAsNewConnection()
    {
        TcpClient[] open;
        lock (clients)
        {
            open = [.. clients];
            clients.Clear();
        }
        foreach (var client in open) client.Dispose();
        flowing.TrySetResult();
    }

    private async Task AcceptAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(ct);
                client.NoDelay = true;
                var upstream = new TcpClient { NoDelay = true };
                await upstream.ConnectAsync(target, ct);
                lock (clients) clients.AddRange([client, upstream]);
                _ = PumpAsync(client, upstream, toBrowser: false, ct);
                _ = PumpAsync(upstream, client, toBrowser: true, ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    /// <summary>One direction of one connection: a reader stamps each chunk with when it may arrive; a writer waits for it.</summary>
    private async Task PumpAsync(TcpClient from, TcpClient to, bool toBrowser, CancellationToken ct)
    {
        var chunks = Channel.CreateUnbounded<(byte[] Data, long DueTicks)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var clock = Stopwatch.StartNew();
        var linkFreeAt = TimeSpan.Zero;

        async Task ReadAsync()
        {
            var buffer = new byte[16 * 1024];
            try
            {
                var source = from.GetStream();
                while (true)
                {
                    var read = await source.ReadAsync(buffer, ct);
                    if (read == 0) break;
                    if (toBrowser) Interlocked.Add(ref bytesToBrowser, read);
                    else Interlocked.Add(ref bytesFromBrowser, read);
                    // The link sends one chunk after another at the bandwidth; each arrives one latency after it is sent.
                    var sendStart = clock.Elapsed > linkFreeAt ? clock.Elapsed : linkFreeAt;
                    linkFreeAt = sendStart + TimeSpan.FromSeconds(read / BytesPerSecond);
                    await chunks.Writer.WriteAsync((buffer[..read], (linkFreeAt + Latency).Ticks), ct);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The connection closed.
            }
            finally
            {
                chunks.Writer.TryComplete();
            }
        }

        var reading = ReadAsync();
        try
        {
            var sink = to.GetStream();
            await foreach (var (data, due) in chunks.Reader.ReadAllAsync(ct))
            {
                var wait = TimeSpan.FromTicks(due) - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                await flowing.Task.WaitAsync(ct);
                await sink.WriteAsync(data, ct);
            }
            to.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The other side went away.
        }
        await reading;
    }

    private int disposed;

    /// <summary>Ends the link: every connection through it closes and new ones are refused (no signal at all).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        flowing.TrySetResult();
        await stop.CancelAsync();
        listener.Stop();
        lock (clients)
        {
            foreach (var client in clients) client.Dispose();
        }
        await accepting;
        stop.Dispose();
    }
}
