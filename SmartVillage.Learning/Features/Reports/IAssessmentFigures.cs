using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Pre-test, post-test and learning gain per group, computed in SQL. Implemented by <see cref="AssessmentFigures"/>
/// over the stored gains: for each official in <c>officials</c> and each course (narrowed by filter.TrackCode), take the final outcome of the course's
/// PreTest and PostTest quizzes (the quiz's grading method), then GROUP BY OfficialKey.Key:
/// PreTestSum/Count over pre-test outcomes, PostTestSum/Count over post-test outcomes, GainSum/Count over
/// (post − pre) for official-course pairs that have both. Sums and counts (not averages) let the xlsx roll villages
/// up into districts and regencies exactly.
/// </summary>
public interface IAssessmentFigures
{
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
