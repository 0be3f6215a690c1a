using System.Diagnostics;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Features.Certificates;

namespace SmartVillage.Benchmarks;

/// <summary>
/// The certificate quality bars (DESIGN.md §7): each PDF under 10 ms after warm-up and under 100 KB; 1,000 as a zip under 15 s.
/// Renders in a loop exactly as the trainer's zip does.
/// </summary>
internal static class CertificateScale
{
    public static async Task<int> RunAsync(int count)
    {
        var certificates = SampleCertificates.Many(count);
        for (var i = 0; i < 30; i++) CertificateDocument.Render(certificates[i % certificates.Count]); // warm-up: JIT, fonts, QR tables

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var times = new List<double>(count);
        var sizes = new List<int>(count);
        foreach (var certificate in certificates)
        {
            var watch = Stopwatch.StartNew();
            var pdf = CertificateDocument.Render(certificate);
            times.Add(watch.Elapsed.TotalMilliseconds);
            sizes.Add(pdf.Length);
        }
        var cpuPerCertificate = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / count;
        times.Sort();
        double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];

        var zipFile = Path.Combine(Path.GetTempPath(), $"smartvillage-bench-{Guid.NewGuid():N}.zip");
        var zipWatch = Stopwatch.StartNew();
        await using (var file = File.Create(zipFile))
            await CertificateZip.WriteAsync(file, count, Stream(certificates), null, CancellationToken.None);
        var zipSeconds = zipWatch.Elapsed.TotalSeconds;
        var zipBytes = new FileInfo(zipFile).Length;
        File.Delete(zipFile);

        Console.WriteLine($"Certificates rendered: {count} (A4 landscape, embedded DejaVu subset, vector QR)");
        Console.WriteLine($"Per certificate after warm-up: median {Percentile(0.5):0.00} ms, p95 {Percentile(0.95):0.00} ms, max {times[^1]:0.00} ms (bar < 10 ms)");
        Console.WriteLine($"CPU time per certificate (whole process, so GC included): {cpuPerCertificate:0.00} ms; machine load average {LoadAverage()}");
        Console.WriteLine($"Size: median {Median(sizes) / 1024.0:0.0} KB, max {sizes.Max() / 1024.0:0.0} KB (bar < 100 KB)");
        Console.WriteLine($"{count} as one zip: {zipSeconds:0.00} s, {zipBytes / 1024.0 / 1024.0:0.0} MB (bar < 15 s for 1,000)");
        var ok = Percentile(0.5) < 10 && sizes.Max() < 100 * 1024 && (count < 1000 || zipSeconds < 15);
        Console.WriteLine(ok ? "Within the bars." : "OUTSIDE the bars.");
        return ok ? 0 : 1;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async IAsyncEnumerable<CertificateSnapshot> Stream(IEnumerable<CertificateSnapshot> certificates)
    {
        foreach (var certificate in certificates) yield return certificate;
        await Task.CompletedTask;
    }
}
