using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Assessments.LearningGains;

/// <summary>
/// Aggregates of the stored gains (<see cref="OfficialLearningGain"/>), grouped and averaged in SQL. Averages skip the
/// officials without that figure, like <see cref="LearningGainSummary.Of"/>, and are rounded the same way.
/// </summary>
public sealed class LearningGainFigures(IDbContextFactory<LearningDbContext> dbFactory) : ILearningGainFigures
{
    public async Task<LearningGainSummary> SummaryAsync(LearningGainFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = await Aggregate(Filtered(db, filter).GroupBy(r => 1)).ToListAsync(cancellationToken);
        return groups.Count == 0 ? LearningGainSummary.Of([]) : groups[0].ToSummary();
    }

    public async Task<IReadOnlyList<LearningGainGroup>> ByCourseAsync(LearningGainFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await Aggregate(Filtered(db, filter).GroupBy(r => r.CourseId)).ToListAsync(cancellationToken);
        var ids = figures.Select(f => f.Key).ToList();
        var titles = await db.Courses.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        return figures.Select(f => new LearningGainGroup(f.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), titles.GetValueOrDefault(f.Key, ""), f.ToSummary()))
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<IReadOnlyList<LearningGainGroup>> ByRegionAsync(LearningGainFilter filter, RegionLevel level, CancellationToken cancellationToken = default)
    {
        // Kemendagri codes: "18.06" a regency, "18.06.16" a district, "18.06.16.2010" a village.
        var length = level == RegionLevel.Regency ? 5 : 8;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await Aggregate(Filtered(db, filter).Where(r => r.VillageCode != null).GroupBy(r => r.VillageCode!.Substring(0, length)))
            .ToListAsync(cancellationToken);
        var codes = figures.Select(f => f.Key).ToList();
        var names = level == RegionLevel.Regency
            ? await db.Regencies.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken)
            : await db.Districts.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        return figures.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new LearningGainGroup(f.Key, names.GetValueOrDefault(f.Key, f.Key), f.ToSummary())).ToList();
    }

    public async Task<IReadOnlyList<MyLearningGain>> ForOfficialAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from g in db.LearningGains
                          where g.UserId == userId
                          join c in db.Courses on g.CourseId equals c.Id
                          select new MyLearningGain(c.Id, c.Slug, c.Title, g.PreScore, g.PostScore, g.Gain))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.CourseTitle, StringComparer.OrdinalIgnoreCase).ToList();
    }

    // Set by an initializer, not a constructor, so EF can translate the grouping and filters over its members.
    private sealed class GainRow
    {
        public int CourseId { get; init; }
        public string? VillageCode { get; init; }
        public decimal? PreScore { get; init; }
        public decimal? PostScore { get; init; }
        public decimal? Gain { get; init; }
        public decimal? NormalisedGain { get; init; }
    }

    private static IQueryable<GainRow> Filtered(LearningDbContext db, LearningGainFilter filter)
    {
        var rows = from g in db.LearningGains
                   join u in db.Users on g.UserId equals u.Id
                   join c in db.Courses on g.CourseId equals c.Id
                   select new { g, u.VillageCode, c.TrackCode };
        if (filter.RegionPrefix is { Length: > 0 } prefix) rows = rows.Where(r => r.VillageCode != null && r.VillageCode.StartsWith(prefix));
        if (filter.CourseIds is { } courseIds) rows = rows.Where(r => courseIds.Contains(r.g.CourseId));
        if (filter.TrackCode is { Length: > 0 } track) rows = rows.Where(r => r.TrackCode == track);
        if (filter.UserIds is { } userIds) rows = rows.Where(r => userIds.Contains(r.g.UserId));
        return rows.Select(r => new GainRow
        {
            CourseId = r.g.CourseId, VillageCode = r.VillageCode, PreScore = r.g.PreScore, PostScore = r.g.PostScore,
            Gain = r.g.Gain, NormalisedGain = r.g.NormalisedGain,
        });
    }

    private sealed record Figures<TKey>(TKey Key, int Officials, int WithPre, int WithPost, int WithBoth,
        decimal? AveragePre, decimal? AveragePost, decimal? AverageGain, decimal? AverageNormalisedGain)
    {
        public LearningGainSummary ToSummary() => new(Officials, WithPre, WithPost, WithBoth,
            Round(AveragePre, 2), Round(AveragePost, 2), Round(AverageGain, 2), Round(AverageNormalisedGain, 4));

        private static decimal? Round(decimal? value, int decimals) =>
            value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
    }

    private static IQueryable<Figures<TKey>> Aggregate<TKey>(IQueryable<IGrouping<TKey, GainRow>> groups) =>
        groups.Select(g => new Figures<TKey>(g.Key, g.Count(),
            g.Count(r => r.PreScore != null), g.Count(r => r.PostScore != null), g.Count(r => r.Gain != null),
            g.Average(r => r.PreScore), g.Average(r => r.PostScore), g.Average(r => r.Gain), g.Average(r => r.NormalisedGain)));
}
