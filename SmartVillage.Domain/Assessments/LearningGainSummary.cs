namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The gains of a group of officials (a course, a regency): each average is over the officials who have that figure,
/// exactly as SQL's AVG skips nulls, so a summary computed in memory equals one computed by GROUP BY in the database.
/// </summary>
public sealed record LearningGainSummary(
    int Officials,
    int WithPreTest,
    int WithPostTest,
    int WithBoth,
    decimal? AveragePre,
    decimal? AveragePost,
    decimal? AverageGain,
    decimal? AverageNormalisedGain)
{
    public static LearningGainSummary Of(IEnumerable<LearningGain> gains)
    {
        ArgumentNullException.ThrowIfNull(gains);
        var list = gains.ToList();
        return new LearningGainSummary(
            list.Count,
            list.Count(g => g.PreScore is not null),
            list.Count(g => g.PostScore is not null),
            list.Count(g => g.HasBoth),
            Average(list.Select(g => g.PreScore)),
            Average(list.Select(g => g.PostScore)),
            Average(list.Select(g => g.Gain)),
            Average(list.Select(g => g.NormalisedGain), 4));
    }

    private static decimal? Average(IEnumerable<decimal?> values, int decimals = 2)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : Math.Round(known.Average(), decimals, MidpointRounding.AwayFromZero);
    }
}
