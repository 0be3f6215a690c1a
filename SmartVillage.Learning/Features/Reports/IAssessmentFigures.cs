using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Pre-test, post-test and learning gain per group, computed in SQL from quiz attempts. The attempts table
/// arrives with the attempts branch; until then <see cref="NoAssessmentFigures"/> is registered and reports
/// show "—". The implementation after the merge: for each official in <c>officials</c> and each course
/// (narrowed by filter.TrackCode, attempts graded within the period), take the final outcome of the course's
/// PreTest and PostTest quizzes (the quiz's grading method), then GROUP BY OfficialKey.Key:
/// PreTestSum/Count over pre-test outcomes, PostTestSum/Count over post-test outcomes, GainSum/Count over
/// (post − pre) for official-course pairs that have both. Sums and counts (not averages) let the xlsx roll villages
/// up into districts and regencies exactly.
/// </summary>
public interface IAssessmentFigures
{
    bool IsAvailable { get; }

    Task<IReadOnlyDictionary<string, AssessmentAggregate>> ByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter,
        CancellationToken ct);
}

/// <summary>Scores are percentages 0–100.</summary>
public sealed record AssessmentAggregate(decimal PreTestSum, int PreTestCount, decimal PostTestSum, int PostTestCount, decimal GainSum, int GainCount)
{
    public static readonly AssessmentAggregate Empty = new(0, 0, 0, 0, 0, 0);

    public decimal? PreTestAverage => PreTestCount == 0 ? null : PreTestSum / PreTestCount;
    public decimal? PostTestAverage => PostTestCount == 0 ? null : PostTestSum / PostTestCount;
    public decimal? GainAverage => GainCount == 0 ? null : GainSum / GainCount;

    public static AssessmentAggregate operator +(AssessmentAggregate a, AssessmentAggregate b) =>
        new(a.PreTestSum + b.PreTestSum, a.PreTestCount + b.PreTestCount, a.PostTestSum + b.PostTestSum, a.PostTestCount + b.PostTestCount,
            a.GainSum + b.GainSum, a.GainCount + b.GainCount);
}

/// <summary>Registered until quiz attempts exist: no figures, and reports say "—" instead of a misleading 0.</summary>
public sealed class NoAssessmentFigures : IAssessmentFigures
{
    public bool IsAvailable => false;

    public Task<IReadOnlyDictionary<string, AssessmentAggregate>> ByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter,
        CancellationToken ct) => Task.FromResult<IReadOnlyDictionary<string, AssessmentAggregate>>(new Dictionary<string, AssessmentAggregate>());
}
