using BenchmarkDotNet.Attributes;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Benchmarks;

/// <summary>One official changing one answer (the write every tap makes) on a real SQLite file.</summary>
[MemoryDiagnoser]
public class AnswerSaveBenchmark
{
    private BenchmarkWorld _world = null!;
    private long _attempt;
    private int _flip;

    [GlobalSetup]
    public void Setup()
    {
        _world = BenchmarkWorld.CreateAsync(1).GetAwaiter().GetResult();
        _attempt = _world.WithServiceAsync(s => s.StartOrResumeAsync(_world.Officials[0], _world.PostTestId)).GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<AnswerSavedResult> SaveAnswer() =>
        _world.WithServiceAsync(async s => new AnswerSavedResult(await s.SaveAnswerAsync(_world.Officials[0], _attempt, 1, ChoiceResponse.One(_flip++ % 2))));

    [GlobalCleanup]
    public void Cleanup() => _world.DisposeAsync().AsTask().GetAwaiter().GetResult();

    public sealed record AnswerSavedResult(object Saved);
}
