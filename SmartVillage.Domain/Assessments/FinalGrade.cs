namespace SmartVillage.Domain.Assessments;

/// <summary>A finished attempt as the final grade sees it.</summary>
/// <param name="Number">1-based order of the attempt.</param>
/// <param name="ScorePercent">The attempt's score (provisional while <paramref name="Pending"/>).</param>
/// <param name="Pending">An essay in it still waits for a trainer.</param>
public sealed record FinishedAttempt(int Number, decimal ScorePercent, bool Pending, DateTimeOffset GradedAt);

/// <summary>
/// The official's grade for a quiz over their finished attempts, by the quiz's grading method.
/// <see cref="Pending"/>: an attempt that counts still has an ungraded essay, so the score may still change and
/// <see cref="Passed"/> stays false until it is settled.
/// </summary>
public sealed record FinalGrade(decimal ScorePercent, bool Passed, bool Pending, int FinishedAttempts, DateTimeOffset LastGradedAt)
{
    /// <summary>Null when there is no finished attempt.</summary>
    public static FinalGrade? Of(GradingMethod method, int passingScore, IEnumerable<FinishedAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var finished = attempts.OrderBy(a => a.Number).ToList();
        if (finished.Count == 0) return null;
        // Highest and Average depend on every attempt; First and Last on one.
        IReadOnlyList<FinishedAttempt> counted = method switch
        {
            GradingMethod.First => [finished[0]],
            GradingMethod.Last => [finished[^1]],
            _ => finished,
        };
        var score = method switch
        {
            GradingMethod.Highest => counted.Max(a => a.ScorePercent),
            GradingMethod.Average => Math.Round(counted.Average(a => a.ScorePercent), 2, MidpointRounding.AwayFromZero),
            _ => counted[0].ScorePercent,
        };
        var pending = counted.Any(a => a.Pending);
        return new FinalGrade(score, !pending && score >= passingScore, pending, finished.Count, finished.Max(a => a.GradedAt));
    }
}
