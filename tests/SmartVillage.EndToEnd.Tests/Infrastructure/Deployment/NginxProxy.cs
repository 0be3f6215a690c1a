using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;

/// <summary>
/// Debian's nginx with deploy/nginx/smartvillage.conf as the operator installs it, run as the current user in a folder
/// of its own (no system service): the site file is included unchanged but for the values the guide tells an operator
/// to choose (ports, certificate files), each of which must be found exactly where the guide says.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, int httpsPort)
    {
        _process = process;
        _folder = folder;
        HttpsPort = httpsPort;
    }

    public int HttpsPort { get; }

    public static async Task<NginxProxy> StartAsync(string folder, IReadOnlyList<int> instancePorts, string certificate, string key)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: ./test.sh installs Debian's nginx (apt-get install nginx).");
        var httpsPort = TestMachine.FreePort();
        var httpPort = TestMachine.FreePort();
        var site = File.ReadAllText(Path.Combine(TestMachine.RepositoryRoot, "deploy", "nginx", "smartvillage.conf"));
        site = Replace(site, "    server 127.0.0.1:5001 ", $"    server 127.0.0.1:{instancePorts[0]} ");
        site = Replace(site, "    server 127.0.0.1:5002 ", $"    server 127.0.0.1:{instancePorts[1]} ");
        site = Replace(site, "    listen 80;\n", $"    listen 127.0.0.1:{httpPort};\n");
        site = Replace(site, "    listen [::]:80;\n", "");
        site = Replace(site, "    listen 443 ssl http2;\n", $"    listen 127.0.0.1:{httpsPort} ssl http2;\n");
        site = Replace(site, "    listen [::]:443 ssl http2;\n", "");
        site = Replace(site, "/etc/ssl/smartvillage/fullchain.pem", certificate);
        site = Replace(site, "/etc/ssl/smartvillage/privkey.pem", key);
        File.WriteAllText(Path.Combine(folder, "smartvillage.conf"), site);

        // What Debian's /etc/nginx/nginx.conf gives a site, in this folder; the access log names the instance of each request.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                log_format instance '$request_method $request_uri $status $upstream_addr';
                access_log {{folder}}/access.log instance;
                include {{folder}}/smartvillage.conf;
            }
            """);

        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder + "/", "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf") }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, folder, httpsPort);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}\n{proxy.ErrorLog}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", httpsPort);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"nginx did not listen on {httpsPort}.\n{proxy.ErrorLog}");
    }

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    /// <summary>The instance port that served the last request whose path starts with <paramref name="path"/>, from the access log.</summary>
    public int InstanceOfLast(string path)
    {
        var line = File.ReadAllLines(Path.Combine(_folder, "access.log")).Last(l => l.Split(' ')[1].StartsWith(path, StringComparison.Ordinal));
        return int.Parse(UpstreamPort().Matches(line).Last().Groups[1].Value);
    }

    /// <summary>Every access-log line so far, for failure messages.</summary>
    public string AccessLog => File.Exists(Path.Combine(_folder, "access.log")) ? File.ReadAllText(Path.Combine(_folder, "access.log")) : "";

    private static string Replace(string text, string find, string replacement)
    {
        var count = Regex.Matches(text, Regex.Escape(find)).Count;
        if (count != 1) throw new InvalidOperationException($"deploy/nginx/smartvillage.conf holds \"{find.Trim()}\" {count} times, not once: update this test with the file.");
        return text.Replace(find, replacement);
    }

    [GeneratedRegex(@"127\.0\.0\.1:(\d+)")]
    private static partial Regex UpstreamPort();

    public async ValueTask DisposeAsync() => await TestMachine.EndAsync(_process);
}
