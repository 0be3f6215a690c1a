namespace SmartVillage.Domain.Assessments;

/// <summary>
/// What one official learned on one course: the pre-test score (their first fully graded pre-test attempt), the
/// post-test final score (by the post-test's grading method, once no counted essay is pending), the gain in
/// percentage points and the normalised gain (post − pre) / (100 − pre) — the share of what there was left to learn
/// that was learned (Hake's g). Each figure is null while a score it needs is missing; the normalised gain also when
/// the pre-test was already 100 (nothing left to learn).
/// </summary>
public sealed record LearningGain(decimal? PreScore, decimal? PostScore)
{
    /// <summary>Post − pre in percentage points, null unless both are known.</summary>
    public decimal? Gain => PreScore is { } pre && PostScore is { } post ? post - pre : null;

    /// <summary>(post − pre) / (100 − pre), four decimals; null unless both are known and pre &lt; 100.</summary>
    public decimal? NormalisedGain => PreScore is { } pre && PostScore is { } post && pre < 100
        ? Math.Round((post - pre) / (100 - pre), 4, MidpointRounding.AwayFromZero)
        : null;

    public bool HasBoth => PreScore is not null && PostScore is not null;

    /// <summary>
    /// The gain from the official's finished attempts at the course's pre-test and post-test. The pre-test score is the
    /// first attempt with nothing pending (what they knew before the course, not what they learned by retrying it);
    /// the post-test score is the final grade, unless an essay that counts still waits for a trainer.
    /// </summary>
    public static LearningGain From(IEnumerable<FinishedAttempt> preTest, GradingMethod postMethod, int postPassingScore, IEnumerable<FinishedAttempt> postTest)
    {
        ArgumentNullException.ThrowIfNull(preTest);
        ArgumentNullException.ThrowIfNull(postTest);
        var pre = preTest.Where(a => !a.Pending).OrderBy(a => a.Number).Select(a => (decimal?)a.ScorePercent).FirstOrDefault();
        var final = FinalGrade.Of(postMethod, postPassingScore, postTest);
        return Of(pre, final is { Pending: false } ? final.ScorePercent : null);
    }

    /// <summary>A gain from two scores (0..100 each, or null when missing).</summary>
    public static LearningGain Of(decimal? pre, decimal? post)
    {
        if (pre is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(pre), pre, "A score is 0..100.");
        if (post is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(post), post, "A score is 0..100.");
        return new LearningGain(pre, post);
    }
}
