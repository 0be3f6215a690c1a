namespace SmartVillage.Learning.Features.Reports.Levels;

/// <summary>
/// The four Kirkpatrick levels of one regency (or the province): sums and counts, never ratios, so regencies add up to the
/// province exactly (<see cref="Add"/>); the page and the xlsx read the ratios from here.
/// </summary>
public sealed class LevelFigures
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public int Officials { get; set; }

    // Reaction: statements scored in submitted evaluations, on the 1–5 scale.
    public double ReactionScoreSum { get; set; }
    public int ReactionScoreCount { get; set; }
    public int Responses { get; set; }
    public int Eligible { get; set; }

    // Learning: the stored gains (post − pre, points of 100).
    public double GainSum { get; set; }
    public int GainCount { get; set; }

    // Behaviour: officials with a mentor's active confirmation, active confirmations per level, work plans.
    public int ConfirmedOfficials { get; set; }
    public int[] ConfirmationsByLevel { get; } = new int[4];
    public int PlansApproved { get; set; }
    public int PlansCompleted { get; set; }

    // Results: villages, villages with a confirmed achieved indicator, confirmed villages per indicator.
    public int Villages { get; set; }
    public int VillagesConfirmed { get; set; }
    public Dictionary<string, int> IndicatorVillages { get; } = new(StringComparer.Ordinal);

    public decimal? ReactionMean => ReactionScoreCount == 0 ? null : Math.Round((decimal)(ReactionScoreSum / ReactionScoreCount), 2);
    public decimal? ResponseRate => Eligible == 0 ? null : Math.Round(100m * Responses / Eligible, 1);
    public decimal? GainMean => GainCount == 0 ? null : Math.Round((decimal)(GainSum / GainCount), 1);
    public decimal? ConfirmedPercent => Officials == 0 ? null : Math.Round(100m * ConfirmedOfficials / Officials, 1);
    public decimal? VillagesConfirmedPercent => Villages == 0 ? null : Math.Round(100m * VillagesConfirmed / Villages, 1);

    public void Add(LevelFigures other)
    {
        Officials += other.Officials;
        ReactionScoreSum += other.ReactionScoreSum;
        ReactionScoreCount += other.ReactionScoreCount;
        Responses += other.Responses;
        Eligible += other.Eligible;
        GainSum += other.GainSum;
        GainCount += other.GainCount;
        ConfirmedOfficials += other.ConfirmedOfficials;
        for (var i = 0; i < ConfirmationsByLevel.Length; i++) ConfirmationsByLevel[i] += other.ConfirmationsByLevel[i];
        PlansApproved += other.PlansApproved;
        PlansCompleted += other.PlansCompleted;
        Villages += other.Villages;
        VillagesConfirmed += other.VillagesConfirmed;
        foreach (var (code, count) in other.IndicatorVillages) IndicatorVillages[code] = IndicatorVillages.GetValueOrDefault(code) + count;
    }
}

/// <summary>The four levels of the province (or one regency for its reviewer): one row per regency and their total, for one year of indicators.</summary>
public sealed record LevelsReport(string ScopeName, int Year, LevelFigures Total, IReadOnlyList<LevelFigures> Regencies,
    IReadOnlyList<SmartVillage.Domain.Evaluations.VillageIndicator> Indicators, DateTimeOffset GeneratedAt);
