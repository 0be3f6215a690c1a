using System.Diagnostics;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;

/// <summary>
/// The province's deployment on this machine, built once for the production tests the way docs/deployment.md builds
/// it: the app published into a release folder, its settings and the secrets file from the example (SQLite here, a
/// throwaway key-ring certificate), `db migrate`, the first admin by `users add`, an official by `officials import`, two
/// instances from the systemd unit, nginx with the site file and a throwaway TLS certificate, and Chromium reaching it
/// by the site's name. Tests may upgrade it (a new release, its `db migrate`, instances restarted one at a time) or
/// restore it; each leaves both instances running.
/// </summary>
public sealed class ProductionSite : IAsyncLifetime
{
    public const string Host = "belajar.lampungprov.go.id";
    public const string AdminEmail = "admin@lampungprov.go.id";
    public const string AdminPassword = "Pemprov#Lampung2026";
    public const string OfficialPhone = "0812-7100-0001";
    public const int SignInsPerMinute = 5;

    private readonly List<AppInstance> _instances = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Folder { get; private set; } = "";

    /// <summary>The release the instances start from (/opt/smartvillage/current).</summary>
    public PublishedApp Current { get; private set; } = null!;
    public NginxProxy Nginx { get; private set; } = null!;
    public string SecretsFile { get; private set; } = "";
    public string DatabaseFile => Path.Combine(Folder, "data", "learning.db");
    public string OfficialPassword { get; private set; } = "";
    public IReadOnlyList<AppInstance> Instances => _instances;
    public string BaseUrl => $"https://{Host}:{Nginx.HttpsPort}";

    /// <summary>How long each step of the set-up took, for the test's output.</summary>
    public List<string> Timings { get; } = [];

    public async Task InitializeAsync()
    {
        // Its tests are skipped off Linux (LinuxFact); nothing to set up for them.
        if (LinuxFactAttribute.NotLinux is not null) return;
        try
        {
            await SetUpAsync();
        }
        catch
        {
            // xUnit does not dispose a fixture whose set-up failed: nothing this one started may outlive the run.
            await DisposeAsync();
            throw;
        }
    }

    private async Task SetUpAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var clock = Stopwatch.StartNew();
        Folder = Directory.CreateTempSubdirectory("smartvillage-production-").FullName;
        foreach (var sub in new[] { "releases", "data", "nginx", "tls", "home" }) Directory.CreateDirectory(Path.Combine(Folder, sub));

        Current = await PublishReleaseAsync("2026.12.1");
        Mark("dotnet publish", clock);

        SecretsFile = Path.Combine(Folder, "smartvillage.env");
        await WriteSecretsFileAsync(TestCertificate.WritePfx(Folder));

        await VerbAsync(null, "db", "migrate");
        await VerbAsync(AdminPassword + "\n", "users", "add", "--email", AdminEmail, "--name", "Admin Dinas PMD", "--role", "Admin");
        var roster = Path.Combine(Folder, "roster.csv");
        var passwords = Path.Combine(Folder, "first-passwords.csv");
        await File.WriteAllLinesAsync(roster, ["name,position,village_code,phone,email,gender,birth_year", $"Sari Produksi,Kaur Keuangan,18.06.16.2010,{OfficialPhone},,P,1990"]);
        await VerbAsync(null, "officials", "import", roster, "--passwords-out", passwords);
        OfficialPassword = (await File.ReadAllLinesAsync(passwords))[1].Split(',')[^1];
        Mark("db migrate, users add, officials import", clock);

        // Both at once, as `systemctl enable --now smartvillage@A smartvillage@B` starts them, on the migrated database.
        var ports = new[] { TestMachine.FreePort(), TestMachine.FreePort() };
        foreach (var port in ports) _instances.Add(Current.Start(port, SecretsFile, Path.Combine(Folder, "home")));
        await Task.WhenAll(_instances.Select(i => i.WaitHealthyAsync()));
        Mark("two instances healthy", clock);

        var (certificate, key) = TestCertificate.WriteTlsPem(Path.Combine(Folder, "tls"), Host);
        Nginx = await NginxProxy.StartAsync(Path.Combine(Folder, "nginx"), ports, certificate, key);

        _playwright = await Playwright.CreateAsync();
        // The site's own name, resolved to this machine, so cookies, HSTS and the public address are the real ones.
        _browser = await _playwright.Chromium.LaunchAsync(TestMachine.Chromium($"--host-resolver-rules=MAP {Host} 127.0.0.1"));
        Mark("nginx and Chromium", clock);
    }

    private void Mark(string step, Stopwatch clock) => Timings.Add($"{step}: {clock.Elapsed.TotalSeconds:0.0} s");

    /// <summary>
    /// deploy/smartvillage.env.example filled in as an operator fills it (every secret it names, and only those), then what
    /// this machine needs besides: SQLite in the test's folder (the example's alternative), the throwaway key ring in place
    /// of /etc/smartvillage/keyring.pfx, and a low sign-in limit.
    /// </summary>
    private async Task WriteSecretsFileAsync(string keyRing)
    {
        var secrets = new Dictionary<string, string>
        {
            ["ConnectionStrings__Learning"] = $"Data Source={DatabaseFile}",
            ["DataProtection__Certificate__Password"] = TestCertificate.Password,
        };
        var example = Path.Combine(TestMachine.RepositoryRoot, "deploy", "smartvillage.env.example");
        var named = SystemdUnit.ReadEnvironmentFile(example).Select(s => s.Key).ToList();
        if (!named.Order().SequenceEqual(secrets.Keys.Order()))
            throw new InvalidOperationException($"deploy/smartvillage.env.example names {string.Join(", ", named)}; this test fills in {string.Join(", ", secrets.Keys)}: update it with the file.");
        var lines = (await File.ReadAllLinesAsync(example))
            .Select(line => secrets.Keys.FirstOrDefault(key => line.StartsWith(key + "=", StringComparison.Ordinal)) is { } key ? $"{key}=\"{secrets[key]}\"" : line)
            .ToList();
        lines.AddRange(
        [
            "# This machine:",
            "Database__Provider=\"Sqlite\"",
            $"DataProtection__Certificate__Path=\"{keyRing}\"",
            $"RateLimits__SignInPerMinute=\"{SignInsPerMinute}\"",
        ]);
        await File.WriteAllLinesAsync(SecretsFile, lines);
    }

    /// <summary>A release built and copied beside the others (docs/deployment.md, step 2): releases/<paramref name="name"/>.</summary>
    public async Task<PublishedApp> PublishReleaseAsync(string name) => await PublishedApp.PublishAsync(Path.Combine(Folder, "releases", name));

    /// <summary>`ln -sfn releases/NEW current`: instances started from now on run <paramref name="release"/>.</summary>
    public void SwitchTo(PublishedApp release) => Current = release;

    /// <summary>Runs a verb of the current release as the guide's `sv` helper does; fails if the verb fails.</summary>
    public Task<string> VerbAsync(string? stdin, params string[] args) => ReleaseVerbAsync(Current, stdin, args);

    /// <summary>`SV_RELEASE=releases/NEW sv VERB`: a verb of another release.</summary>
    public async Task<string> ReleaseVerbAsync(PublishedApp release, string? stdin, params string[] args)
    {
        var (exit, output) = await release.RunVerbAsync(SecretsFile, stdin, args);
        if (exit != 0) throw new InvalidOperationException($"`{string.Join(' ', args)}` failed ({exit}):\n{output}");
        return output;
    }

    /// <summary>`systemctl start smartvillage@PORT` of a stopped instance, from the current release; waits for /healthz.</summary>
    public async Task StartInstanceAsync(int port)
    {
        var stopped = InstanceOn(port);
        if (!stopped.HasExited) throw new InvalidOperationException($"Instance {port} is still running.");
        var started = Current.Start(port, SecretsFile, Path.Combine(Folder, "home"));
        _instances[_instances.IndexOf(stopped)] = started;
        await stopped.DisposeAsync();
        await started.WaitHealthyAsync();
    }

    /// <summary>A phone's browser on the site through nginx, trusting the throwaway certificate as a person would click through it.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "id-ID",
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public AppInstance InstanceOn(int port) => _instances.Single(i => i.Port == port);

    /// <summary>What every instance and nginx wrote, for failure messages.</summary>
    public string Logs =>
        string.Join("\n", _instances.Select(i => $"--- instance {i.Port}{(i.HasExited ? $" (exited {i.ExitCode})" : "")}\n{i.Log}"))
        + $"\n--- nginx access\n{Nginx?.AccessLog}\n--- nginx errors\n{Nginx?.ErrorLog}";

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        // The deployment's own account of the run, beside the test assembly, for a failure seen only in CI.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "e2e-production.log"), string.Join("\n", Timings) + "\n" + Logs);
        if (Nginx is not null) await Nginx.DisposeAsync();
        foreach (var instance in _instances) await instance.DisposeAsync();
        try { if (Folder.Length > 0) Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a file still closing; the temp folder is cleaned by the OS */ }
    }
}

/// <summary>
/// The production tests share one deployment and run one after another, alone: after the other browser tests, so two
/// apps, two instances, nginx and two browsers never share the two cores at once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProductionCollection : ICollectionFixture<ProductionSite>
{
    public const string Name = "Production deployment";
}
