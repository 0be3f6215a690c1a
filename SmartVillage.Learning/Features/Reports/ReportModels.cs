using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The figures of one region (or one official): counts, sums and per-level counts rather than ratios, so rows
/// add up into their parent exactly (<see cref="Add"/>).
/// </summary>
public sealed class RegionFigures
{
    public string Code { get; init; } = "";
    public string Name { get; set; } = "";
    public int Officials { get; set; }
    public int Female { get; set; }
    public int Male { get; set; }

    /// <summary>Officials registered for at least one workshop (seat or waitlist).</summary>
    public int Registered { get; set; }

    public int Enrolled { get; set; }
    public int Completed { get; set; }

    /// <summary>Null ("—") when no <see cref="ICertificateFigures"/> is available.</summary>
    public int? Certified { get; set; }

    /// <summary>Null ("—") when no <see cref="IAssessmentFigures"/> is available.</summary>
    public AssessmentAggregate? Assessment { get; set; }

    public int AttendancePresent { get; set; }
    public int AttendanceMarks { get; set; }
    public Dictionary<OfficialPosition, int> Positions { get; } = [];

    /// <summary>Per area: officials at each level (index 1 Dasar, 2 Menengah, 3 Mahir; index 0 unused).</summary>
    public Dictionary<string, int[]> Competency { get; } = new(StringComparer.Ordinal);

    public decimal? AttendanceRate => AttendanceMarks == 0 ? null : 100m * AttendancePresent / AttendanceMarks;

    public decimal? PercentOfOfficials(int? count) => count is null || Officials == 0 ? null : 100m * count.Value / Officials;

    public int AtLevel(string area, CompetencyLevel level) => Competency.TryGetValue(area, out var counts) ? counts[(int)level] : 0;

    /// <summary>Officials with no evidence in the area yet.</summary>
    public int WithoutLevel(string area) => Officials - (Competency.TryGetValue(area, out var c) ? c[1] + c[2] + c[3] : 0);

    public void Add(RegionFigures other)
    {
        Officials += other.Officials;
        Female += other.Female;
        Male += other.Male;
        Registered += other.Registered;
        Enrolled += other.Enrolled;
        Completed += other.Completed;
        if (other.Certified is { } certified) Certified = (Certified ?? 0) + certified;
        if (other.Assessment is { } assessment) Assessment = (Assessment ?? AssessmentAggregate.Empty) + assessment;
        AttendancePresent += other.AttendancePresent;
        AttendanceMarks += other.AttendanceMarks;
        foreach (var (position, count) in other.Positions) Positions[position] = Positions.GetValueOrDefault(position) + count;
        foreach (var (area, counts) in other.Competency)
        {
            var mine = CompetencyCounts(area);
            for (var i = 0; i < counts.Length; i++) mine[i] += counts[i];
        }
    }

    internal int[] CompetencyCounts(string area)
    {
        if (!Competency.TryGetValue(area, out var counts)) Competency[area] = counts = new int[4];
        return counts;
    }
}

public sealed record RegionCrumb(string? Code, string Name);

public sealed record AreaHeading(string Code, string Title);

/// <summary>A region and one row per child region (province → regencies → districts → villages).</summary>
public sealed record RegionReport(
    RegionLevel Level,
    string? Code,
    string Name,
    string ChildLabel,
    IReadOnlyList<RegionCrumb> Trail,
    RegionFigures Total,
    IReadOnlyList<RegionFigures> Rows,
    IReadOnlyList<AreaHeading> Areas);

/// <summary>A village and its officials, one row each (Code = user id, Name = full name).</summary>
public sealed record VillageReport(
    string Code,
    string Name,
    IReadOnlyList<RegionCrumb> Trail,
    RegionFigures Total,
    IReadOnlyList<OfficialReportRow> Officials,
    IReadOnlyList<AreaHeading> Areas);

public sealed record OfficialReportRow(RegionFigures Figures, OfficialPosition? Position, Gender? Gender, IReadOnlyDictionary<string, CompetencyLevel?> Levels);

/// <summary>What the xlsx holds: the scope's regencies (province only), districts and villages, each row with its parent.</summary>
public sealed record ReportBook(
    string ScopeName,
    RegionFigures Total,
    IReadOnlyList<RegionFigures> Regencies,
    IReadOnlyList<(string RegencyName, RegionFigures Figures)> Districts,
    IReadOnlyList<(string RegencyName, string DistrictName, RegionFigures Figures)> Villages,
    IReadOnlyList<AreaHeading> Areas,
    ReportFilter Filter,
    DateTimeOffset GeneratedAt);
