using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Benchmarks;

/// <summary>
/// DESIGN.md §7: 100 officials submit the same post-test at the same moment through the real AttemptService on the SQLite
/// default. Prints per-submission latency (p50, p95, max) and the total, then checks that exactly 100 submissions were
/// stored and graded, none lost and none twice. Exit code 1 when the check or the 500 ms p95 bar fails.
/// </summary>
public static class ConcurrentSubmissions
{
    public static async Task<int> RunAsync(int officials = 100)
    {
        Console.WriteLine($"Preparing a SQLite file with the content and {officials} officials…");
        await using var world = await BenchmarkWorld.CreateAsync(officials);
        var attempts = new long[officials];
        var saveTimes = new List<double>();
        for (var i = 0; i < officials; i++)
        {
            var official = world.Officials[i];
            attempts[i] = await world.WithServiceAsync(s => s.StartOrResumeAsync(official, world.PostTestId));
            foreach (var (number, response) in await world.AnswersAsync(attempts[i]))
            {
                var watch = Stopwatch.StartNew();
                await world.WithServiceAsync(s => s.SaveAnswerAsync(official, attempts[i], number, response));
                saveTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine($"{officials} attempts in progress, {saveTimes.Count} answers saved (one save: p50 {Percentile(saveTimes, 50):F1} ms, p95 {Percentile(saveTimes, 95):F1} ms).");

        var start = new TaskCompletionSource();
        var total = Stopwatch.StartNew();
        var submissions = Enumerable.Range(0, officials).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var watch = Stopwatch.StartNew();
            var review = await world.WithServiceAsync(s => s.SubmitAsync(world.Officials[i], attempts[i]));
            // Ms: the call itself; FromStart: from the common start signal, queueing for a thread included (what a phone waits).
            return (Ms: watch.Elapsed.TotalMilliseconds, FromStart: total.Elapsed.TotalMilliseconds, review.State);
        })).ToList();
        total.Restart();
        start.SetResult();
        var results = await Task.WhenAll(submissions);
        total.Stop();

        var latencies = results.Select(r => r.Ms).ToList();
        var fromStart = results.Select(r => r.FromStart).ToList();
        await using var db = world.CreateContext();
        var stored = await db.QuizAttempts.AsNoTracking().Where(a => a.QuizId == world.PostTestId).ToListAsync();
        var gradedQuestions = await db.AttemptQuestions.CountAsync(q => attempts.Contains(q.AttemptId) && q.GradeStatus != null);
        var questionRows = await db.AttemptQuestions.CountAsync(q => attempts.Contains(q.AttemptId));
        var finished = stored.Count(a => a.State != AttemptState.InProgress && a.SubmittedAt != null && a.ScorePercent != null);
        var ok = stored.Count == officials && finished == officials && gradedQuestions == questionRows
            && stored.Select(a => (a.QuizId, a.UserId)).Distinct().Count() == officials;

        Console.WriteLine($"submissions: {officials} concurrent, total {total.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"latency per submission (the call): p50 {Percentile(latencies, 50):F0} ms, p95 {Percentile(latencies, 95):F0} ms, max {latencies.Max():F0} ms");
        Console.WriteLine($"latency from the common start (queueing included): p50 {Percentile(fromStart, 50):F0} ms, p95 {Percentile(fromStart, 95):F0} ms, max {fromStart.Max():F0} ms");
        Console.WriteLine($"stored: {stored.Count} attempts, {finished} submitted and graded ({stored.Count(a => a.State == AttemptState.Submitted)} with an essay awaiting the trainer), " +
            $"{gradedQuestions}/{questionRows} questions graded, lost {officials - finished}, duplicated {stored.Count - stored.Select(a => a.UserId).Distinct().Count()}");
        var pass = ok && Percentile(latencies, 95) < 500;
        Console.WriteLine(pass ? "PASS: none lost or duplicated, p95 < 500 ms" : "FAIL");
        return pass ? 0 : 1;
    }

    private static double Percentile(IReadOnlyCollection<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
