using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartVillage.Benchmarks;

/// <summary>
/// `circuits [N]`: the managed heap a page holds on the server while it is open (DESIGN.md §7, issue 17). Starts the built
/// app (Release) on a fresh demo database, opens N lesson pages and then N quiz-attempt pages in headless Chromium as one
/// official, and after each step takes a heap snapshot with dotnet-gcdump (the local tool; a snapshot forces a full
/// GC first), summing the live objects. The growth over a step divided by N is one open page's cost: ≈ 0 for a lesson (no
/// circuit), the circuit's size for a quiz attempt. Build first: `dotnet build -c Release`, `dotnet tool restore`.
/// </summary>
public static partial class CircuitMemory
{
    private const string Official = "081270000138";
    private const string Password = "Lampung#2026";
    private const string Course = "/courses/pengelolaan-apbdes-siskeudes";
    private const string Lesson = Course + "/lessons/01-struktur-apbdes";

    public static async Task<int> RunAsync(int pages)
    {
        var root = RepositoryRoot();
        var appFolder = Path.Combine(root, "SmartVillage.Learning", "bin", "Release", "net10.0");
        var data = Directory.CreateTempSubdirectory("smartvillage-circuits-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        using var app = StartApp(appFolder, data, baseUrl);
        try
        {
            await WaitHealthyAsync(baseUrl, app);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                // Tabs share a few renderer processes: a hundred tabs on two cores.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--renderer-process-limit=4", "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
            });
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new() { Width = 360, Height = 740 } });
            context.SetDefaultTimeout(120_000);
            Assertions.SetDefaultExpectTimeout(120_000);

            // The official enrolls and starts the pre-test: one attempt, opened in every quiz tab.
            var first = await context.NewPageAsync();
            await first.GotoAsync("/Account/Login");
            await first.Locator("[id='Input.Login']").FillAsync(Official);
            await first.Locator("[id='Input.Password']").FillAsync(Password);
            await first.GetByTestId("login-submit").ClickAsync();
            await Assertions.Expect(first.GetByTestId("welcome")).ToBeVisibleAsync();
            await first.GotoAsync(Course);
            await first.GetByTestId("enroll").ClickAsync();
            await first.Locator("[data-testid=quiz-card][data-purpose=PreTest]").GetByTestId("quiz-start").ClickAsync();
            await first.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mulai sekarang" }).ClickAsync();
            await Assertions.Expect(first).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
            var attempt = new Uri(first.Url).PathAndQuery;
            await Assertions.Expect(first.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
            // Warm-up: the code paths of both pages run once before the baseline.
            var warm = await context.NewPageAsync();
            await warm.GotoAsync(Lesson);

            var baseline = await HeapAsync(app.Id, data, "baseline");
            var lessons = new List<IPage>();
            for (var i = 0; i < pages; i++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(Lesson);
                await Assertions.Expect(page.GetByTestId("lesson-body")).ToBeVisibleAsync();
                lessons.Add(page);
            }
            var withLessons = await HeapAsync(app.Id, data, "lessons");
            var quizzes = new List<IPage>();
            for (var i = 0; i < pages; i++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(attempt);
                await Assertions.Expect(page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
                quizzes.Add(page);
            }
            var withQuizzes = await HeapAsync(app.Id, data, "quizzes");

            Console.WriteLine($"managed heap after a full GC (dotnet-gcdump), {pages} pages each, load average {LoadAverage()}:");
            Console.WriteLine($"  baseline (one quiz tab, one lesson tab open): {baseline / 1024.0:N0} KB");
            Console.WriteLine($"  + {pages} open lesson pages: {withLessons / 1024.0:N0} KB -> {(withLessons - baseline) / 1024.0 / pages:N1} KB per lesson page");
            Console.WriteLine($"  + {pages} open quiz-attempt pages (one circuit each): {withQuizzes / 1024.0:N0} KB -> {(withQuizzes - withLessons) / 1024.0 / pages:N1} KB per circuit");
            return 0;
        }
        finally
        {
            try { app.Kill(entireProcessTree: true); await app.WaitForExitAsync(); } catch (InvalidOperationException) { }
            if (Environment.GetEnvironmentVariable("CIRCUITS_KEEP") == "1") Console.WriteLine("heap snapshots kept in " + data);
            else try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Bytes of live managed objects in the app: a gcdump (which forces a full GC first), as its report totals them.</summary>
    private static async Task<long> HeapAsync(int pid, string folder, string name)
    {
        var file = Path.Combine(folder, name + ".gcdump");
        await RunToolAsync("collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file);
        var report = await RunToolAsync("report", file);
        if (Environment.GetEnvironmentVariable("CIRCUITS_SHOW_REPORT") == "1") Console.WriteLine(string.Join('\n', report.Split('\n').Take(12)));
        var total = HeapBytes().Match(report);
        if (!total.Success) throw new InvalidOperationException("dotnet-gcdump report printed no heap size:\n" + report);
        return long.Parse(total.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes")]
    private static partial Regex HeapBytes();

    private static async Task<string> RunToolAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot() };
        start.ArgumentList.Add("dotnet-gcdump");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var tool = Process.Start(start)!;
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        if (tool.ExitCode != 0) throw new InvalidOperationException($"dotnet-gcdump {string.Join(' ', args)} failed: {await errors}{await output}");
        return await output;
    }

    private static Process StartApp(string appFolder, string data, string baseUrl)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = appFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(appFolder, "SmartVillage.Learning.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Learning"] = $"Data Source={Path.Combine(data, "learning.db")}";
        start.Environment["ReloadStaticAssetsAtRuntime"] = "false";
        start.Environment["Messaging__Enabled"] = "false";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(string baseUrl, Process app)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (app.HasExited) throw new InvalidOperationException($"The app exited with code {app.ExitCode}.");
            try
            {
                if ((await http.GetAsync($"{baseUrl}/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The app did not become healthy within 5 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SmartVillage.sln"))) return dir.FullName;
        throw new InvalidOperationException("No SmartVillage.sln above " + AppContext.BaseDirectory);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
