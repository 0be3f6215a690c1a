using System.Diagnostics;
using BenchmarkDotNet.Running;
using SmartVillage.Benchmarks;

// Plain timed runs that print the figures for docs/performance.md:
//   `submissions [N]`  N officials submitting the same post-test at once (default 100)
//   `certificates [N]` N certificates rendered, one by one and as a zip (default 1000)
//   `reminders [N]`    N officials' day-before reminders queued by the scheduler and sent by two dispatchers (default 10000)
//   `reports [--db FILE] [--runs N]` dashboard and exports on the province-scale synthetic data set (median of N)
// Anything else goes to BenchmarkDotNet, e.g. `-- --filter *Certificate*`.
if (args.Length > 0 && args[0] == "submissions")
    return await ConcurrentSubmissions.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
if (args.Length > 0 && args[0] == "certificates")
    return await CertificateScale.RunAsync(args.Length > 1 && int.TryParse(args[1], out var count) ? count : 1000);

if (args.Length > 0 && args[0] == "reminders")
    return await ReminderScale.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);

if (args.Length > 0 && args[0] == "reports")
{
    var file = Option("--db") ?? ReportScale.DefaultDatabase;
    var runs = int.TryParse(Option("--runs"), out var n) ? n : 10;
    var setup = Stopwatch.StartNew();
    await using var scale = await ReportScale.OpenAsync(file, log: Console.Out);
    Console.WriteLine($"data set ready in {setup.Elapsed.TotalSeconds:0.0} s ({file})");
    await Measure("dashboard, province (15 regencies)", async () => (await scale.ProvinceAsync()).Total.Officials.ToString("N0") + " officials");
    await Measure("dashboard, one regency (Tanggamus)", async () => (await scale.RegencyAsync()).Rows.Count + " districts");
    await Measure("xlsx export, province", async () => $"{(await scale.ExportAsync("xlsx")).Length / 1024} KiB");
    await Measure("PDF export, province", async () => $"{(await scale.ExportAsync("pdf")).Length / 1024} KiB");
    await Measure("four levels, province (15 regencies)", async () =>
    {
        var levels = await scale.LevelsAsync();
        return $"{levels.Total.Responses:N0} evaluation responses, mean {levels.Total.ReactionMean}, {levels.Total.VillagesConfirmed:N0} villages with confirmed indicators";
    });
    await Measure("four levels xlsx, province", async () => $"{(await scale.LevelsXlsxAsync()).Length / 1024} KiB");
    return 0;

    async Task Measure(string what, Func<Task<string>> run)
    {
        var result = await run(); // warm-up: JIT, EF model, SQLite page cache
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        // CPU time of this process (the app code and SQLite, which runs in-process) is what the work costs on an
        // idle core; wall time also counts waiting for a core when other work shares the machine.
        Console.WriteLine($"{what}: wall median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}); " +
                          $"CPU median {cpu[cpu.Count / 2]:0} ms (min {cpu[0]:0}) over {runs} runs; load average {LoadAverage()} ({result})");
    }
}

BenchmarkSwitcher.FromAssembly(typeof(ConcurrentSubmissions).Assembly).Run(args);
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

