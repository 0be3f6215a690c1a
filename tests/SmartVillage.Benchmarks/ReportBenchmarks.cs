using BenchmarkDotNet.Attributes;

namespace SmartVillage.Benchmarks;

/// <summary>BenchmarkDotNet over the same data set as the plain `reports` mode (run: dotnet run -c Release -- --filter *Report*).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class ReportBenchmarks
{
    private ReportScale scale = null!;

    [GlobalSetup]
    public void Setup() => scale = ReportScale.OpenAsync(ReportScale.DefaultDatabase).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => scale.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark] public Task Dashboard_Province() => scale.ProvinceAsync();
    [Benchmark] public Task Dashboard_Tanggamus() => scale.RegencyAsync();
    [Benchmark] public Task Export_Xlsx() => scale.ExportAsync("xlsx");
    [Benchmark] public Task Export_Pdf() => scale.ExportAsync("pdf");
    [Benchmark] public Task FourLevels_Province() => scale.LevelsAsync();
}
