namespace SmartVillage.Learning.Features.Assessments.LearningGains;

/// <summary>
/// Learning gain (post-test − pre-test) as the province reports read it: averages and counts computed by GROUP BY in the
/// database over the stored gain of each official and course (kept current by <see cref="LearningGainRecorder"/>).
/// </summary>
public interface ILearningGainFigures
{
    /// <summary>All matching officials' gains in one summary.</summary>
    Task<Domain.Assessments.LearningGainSummary> SummaryAsync(LearningGainFilter filter, CancellationToken cancellationToken = default);

    /// <summary>One group per course (key: the course id), by course title.</summary>
    Task<IReadOnlyList<LearningGainGroup>> ByCourseAsync(LearningGainFilter filter, CancellationToken cancellationToken = default);

    /// <summary>One group per regency or district of the officials' villages (key: its code), by code.</summary>
    Task<IReadOnlyList<LearningGainGroup>> ByRegionAsync(LearningGainFilter filter, RegionLevel level, CancellationToken cancellationToken = default);

    /// <summary>The official's own gains, one per course with a pre-test or post-test score.</summary>
    Task<IReadOnlyList<MyLearningGain>> ForOfficialAsync(string userId, CancellationToken cancellationToken = default);
}
