using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Playwright;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts the real app once per test collection (its own SQLite file in a fresh temp folder, demo
/// accounts seeded on start) and one headless Debian Chromium; every test opens its own browser context.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    // Two apps (the shared one and the every-page crawl's) start beside the unit test assemblies on two cores.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly StringBuilder log = new();
    private Process? app;
    private string? dataFolder;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's SQLite file, for reading what a save really wrote (never for writing).</summary>
    public string DatabasePath => Path.Combine(dataFolder!, "learning.db");

    /// <summary>A new read-only connection to the app's database; the caller disposes it.</summary>
    public async Task<Microsoft.Data.Sqlite.SqliteConnection> OpenDatabaseAsync()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The first column of the first row of a query on the app's database, or null when it returns no row.</summary>
    public async Task<string?> ScalarAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The WhatsApp Cloud API as the app sees it: a WireMock stub in this process answering the documented success. Tests
    /// read what it received and may add a failing answer for one number.
    /// </summary>
    public WireMockServer WhatsApp { get; } = StartWhatsAppStub();

    public const string WhatsAppPhoneNumberId = "106540352242922";
    public const string WhatsAppMessagesPath = "/v23.0/" + WhatsAppPhoneNumberId + "/messages";

    private static WireMockServer StartWhatsAppStub()
    {
        var stub = WireMockServer.Start();
        stub.Given(Request.Create().WithPath(WhatsAppMessagesPath).UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],\"messages\":[{\"id\":\"wamid.E2E\"}]}"));
        return stub;
    }

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string AppLog
    {
        get { lock (log) return log.ToString(); }
    }

    /// <summary>Why the app is no longer running, or null while it runs.</summary>
    public string? AppStopped =>
        app is { HasExited: true } ? $"The app stopped with exit code {app.ExitCode}.\n{AppLog}" : null;

    public async Task InitializeAsync()
    {
        // A 2-core machine running the app and Chromium side by side: give expectations room.
        Assertions.SetDefaultExpectTimeout(15_000);

        await StartAppAsync();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(TestMachine.Chromium());
    }

    /// <summary>
    /// A fresh visitor: no cookies, a 360 × 740 phone screen, an Indonesian browser unless told otherwise; through
    /// <paramref name="baseUrl"/> when given (a <see cref="ThrottledLink"/>), else straight to the app.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "id-ID", string? baseUrl = null, int width = 360, int height = 740)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    /// <summary>
    /// Hands one context's sign-in to another (the same person on a second connection, e.g. through a <see cref="ThrottledLink"/>):
    /// cookies for 127.0.0.1 hold on every port.
    /// </summary>
    public static async Task CopySignInAsync(IBrowserContext from, IBrowserContext to) =>
        await to.AddCookiesAsync((await from.CookiesAsync()).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly,
            Secure = c.Secure, SameSite = c.SameSite,
        }));

    /// <summary>Fills the sign-in form and submits it, without judging the outcome.</summary>
    public static async Task SubmitSignInAsync(IPage page, string login, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("[id='Input.Login']").FillAsync(login);
        await page.Locator("[id='Input.Password']").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }

    /// <summary>Signs in and waits until the home page greets the person.</summary>
    public static async Task SignInAsync(IPage page, string login, string password = DemoAccounts.Password)
    {
        await SubmitSignInAsync(page, login, password);
        await Assertions.Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        WhatsApp.Stop();
        WhatsApp.Dispose();
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();

        if (app is not null) await TestMachine.EndAsync(app);

        // The app's own account of the run, beside the test assembly, for a failure seen only in CI.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "e2e-app.log"), AppLog);

        if (dataFolder is not null && Directory.Exists(dataFolder))
        {
            try { Directory.Delete(dataFolder, recursive: true); }
            catch (IOException) { /* a file still closing; the temp folder is cleaned by the OS */ }
        }
    }

    private async Task StartAppAsync()
    {
        dataFolder = Directory.CreateTempSubdirectory("smartvillage-e2e-").FullName;
        BaseUrl = $"http://127.0.0.1:{TestMachine.FreePort()}";
        app = await LaunchAsync(BaseUrl);
    }

    /// <summary>
    /// Starts another instance of the app on the same database, as a second server behind a load balancer
    /// would run; the caller stops it. Cookies on 127.0.0.1 are not tied to a port, so a browser signed in
    /// on one instance presents the same cookie to the other.
    /// </summary>
    /// <param name="environment">Settings that differ from the fixture's (null removes one), e.g. a Production instance.</param>
    public async Task<SecondInstance> StartSecondInstanceAsync(IReadOnlyDictionary<string, string?>? environment = null)
    {
        var url = $"http://127.0.0.1:{TestMachine.FreePort()}";
        // Its own home folder, as on another server: a key ring kept in files under HOME would not be shared.
        var home = Directory.CreateDirectory(Path.Combine(dataFolder!, "second-home")).FullName;
        return new SecondInstance(url, await LaunchAsync(url, home, environment));
    }

    /// <summary>Starts the app with these settings and expects it to refuse to start: its exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output)> StartExpectingRefusalAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var output = new StringBuilder();
        using var process = Process.Start(StartInfo(["--urls", $"http://127.0.0.1:{TestMachine.FreePort()}"], null, environment))!;
        var reading = Task.WhenAll(
            process.StandardOutput.ReadToEndAsync().ContinueWith(t => { lock (output) output.Append(t.Result); }),
            process.StandardError.ReadToEndAsync().ContinueWith(t => { lock (output) output.Append(t.Result); }));
        try
        {
            await process.WaitForExitAsync().WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await reading;
            return (-1, $"Still running after {StartTimeout.TotalSeconds:0} s: it started instead of refusing.\n{output}");
        }
        await reading;
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Runs a command-line verb of the built app on the fixture's database, with <paramref name="stdin"/> as its input.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> RunVerbAsync(string stdin, params string[] args)
    {
        var start = StartInfo(args, null, null);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        return (process.ExitCode, await output, await errors);
    }

    private async Task<Process> LaunchAsync(string baseUrl, string? home = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = StartInfo(["--urls", baseUrl], home, environment);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was healthy.\n{AppLog}");
            try
            {
                using var response = await http.GetAsync($"{baseUrl}/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return process;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        // Not left running: xUnit does not dispose a fixture whose start failed.
        await TestMachine.EndAsync(process);
        throw new TimeoutException($"GET {baseUrl}/healthz did not answer 200 within {StartTimeout.TotalSeconds:0} s.\n{AppLog}");
    }

    /// <summary>The built app's folder (…/SmartVillage.Learning/bin/&lt;Configuration&gt;/net10.0), the tests' own configuration.</summary>
    public static string AppFolder =>
        Path.Combine(TestMachine.RepositoryRoot, "SmartVillage.Learning", "bin", TestMachine.BuildConfiguration, "net10.0");

    private ProcessStartInfo StartInfo(IEnumerable<string> args, string? home, IReadOnlyDictionary<string, string?>? environment)
    {
        var configuration = TestMachine.BuildConfiguration;
        var appFolder = AppFolder;
        var appDll = Path.Combine(appFolder, "SmartVillage.Learning.dll");
        if (!File.Exists(appDll))
            throw new InvalidOperationException($"The app is not built at {appDll}; build the solution in {configuration} first.");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Learning"] = $"Data Source={DatabasePath}";
        start.Environment["RateLimits__SignInPerMinute"] = "1000";
        // The test-only clock (allowed in Development and Testing only), so attendance tests can ask for an old code.
        start.Environment["Testing__AdjustableClock"] = "true";
        // Serve the build's precompressed static assets as a published app does. Left on, the development handler
        // re-sends any asset whose file time differs from the manifest (MudBlazor.min.css from the NuGet cache does)
        // as an uncompressed gzip stream, which would misstate what a phone downloads.
        start.Environment["ReloadStaticAssetsAtRuntime"] = "false";
        if (home is not null) start.Environment["HOME"] = home;
        // WhatsApp through the stub above; the outbox polled every second so a test sees a message within its wait.
        start.Environment["Messaging__WhatsApp__ApiBaseUrl"] = WhatsApp.Url + "/v23.0";
        start.Environment["Messaging__WhatsApp__PhoneNumberId"] = WhatsAppPhoneNumberId;
        start.Environment["Messaging__WhatsApp__AccessToken"] = "EAAe2e";
        start.Environment["Messaging__PollSeconds"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return start;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
    }
}

/// <summary>A second app process on the shared database; disposing stops it.</summary>
public sealed class SecondInstance(string baseUrl, Process process) : IAsyncDisposable
{
    public string BaseUrl { get; } = baseUrl;

    public async ValueTask DisposeAsync() => await TestMachine.EndAsync(process);
}

/// <summary>All browser tests share one app: xUnit runs the tests of one collection one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "End to end";
}
