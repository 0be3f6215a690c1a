using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.LearningGains;

/// <summary>
/// Which gains to aggregate. <see cref="RegionPrefix"/> is a Kemendagri code prefix matched against the officials'
/// village codes ("18.06" a regency, "18.06.16" a district); every filter left null takes everything.
/// </summary>
public sealed record LearningGainFilter(
    string? RegionPrefix = null,
    IReadOnlyCollection<int>? CourseIds = null,
    string? TrackCode = null,
    IReadOnlyCollection<string>? UserIds = null);

/// <summary>How finely <see cref="ILearningGainFigures.ByRegionAsync"/> groups officials: by regency or by district.</summary>
public enum RegionLevel
{
    Regency,
    District,
}

/// <summary>One group's figures: <see cref="Key"/> is the course id or the region code, <see cref="Name"/> its title or name.</summary>
public sealed record LearningGainGroup(string Key, string Name, LearningGainSummary Summary);

/// <summary>An official's own gain on one course, as "Kursus saya" and the course page show it.</summary>
public sealed record MyLearningGain(int CourseId, string CourseSlug, string CourseTitle, decimal? PreScore, decimal? PostScore, decimal? Gain)
{
    /// <summary>"Nilai awal 40 → nilai akhir 85, naik 45 poin"; null until there is a pre-test score.</summary>
    public string? Sentence => (PreScore, PostScore, Gain) switch
    {
        ({ } pre, { } post, { } gain) => $"Nilai awal {Score(pre)} → nilai akhir {Score(post)}, " +
            (gain > 0 ? $"naik {Score(gain)} poin" : gain < 0 ? $"turun {Score(-gain)} poin" : "tetap"),
        ({ } pre, null, _) => $"Nilai awal {Score(pre)}; nilai akhir tampil sesudah post-test dinilai.",
        (null, { } post, _) => $"Nilai akhir {Score(post)}",
        _ => null,
    };

    internal static string Score(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}
