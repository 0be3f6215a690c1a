using BenchmarkDotNet.Attributes;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Features.Certificates;

namespace SmartVillage.Benchmarks;

/// <summary>BenchmarkDotNet: one certificate PDF (run with "-- --filter *CertificateRender*").</summary>
[MemoryDiagnoser]
public class CertificateRenderBenchmark
{
    private CertificateSnapshot _certificate = null!;

    [GlobalSetup]
    public void Setup() => _certificate = SampleCertificates.One(7);

    [Benchmark]
    public int Render() => CertificateDocument.Render(_certificate).Length;
}
