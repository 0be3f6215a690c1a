using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The figures of "Pendampingan dan kolaborasi" as the exports write them (the xlsx sheet's columns, the xlsx summary, the PDF):
/// one definition, worded like the dashboard (<c>ReportFieldwork.razor</c>), so a figure reads the same everywhere.
/// </summary>
public static class FieldworkColumns
{
    public sealed record Column(string Header, Func<FieldworkReport, int> Value);

    /// <summary>Obstacles of one category with one status: 0 when the category has none.</summary>
    public static int Obstacles(FieldworkReport report, ObstacleCategory category, ObstacleStatus status)
    {
        var row = report.Obstacles.FirstOrDefault(o => o.Category == category);
        return row is null ? 0 : status switch
        {
            ObstacleStatus.Open => row.Open,
            ObstacleStatus.InProgress => row.InProgress,
            _ => row.Resolved,
        };
    }

    public static int Obstacles(FieldworkReport report, ObstacleStatus status) =>
        Enum.GetValues<ObstacleCategory>().Sum(c => Obstacles(report, c, status));

    public static string Header(ObstacleCategory category, ObstacleStatus status) =>
        $"Kendala {MentoringLabels.Of(category)}: {MentoringLabels.Of(status).ToLowerInvariant()}";

    /// <summary>Plans and collaboration requests, in the dashboard's order and words.</summary>
    public static readonly IReadOnlyList<Column> Activity =
    [
        new("Rencana kerja diajukan", r => r.PlansSubmitted),
        new("Rencana kerja disetujui", r => r.PlansApproved),
        new("Rencana kerja selesai", r => r.PlansCompleted),
        new("Kebutuhan/tawaran kolaborasi", r => r.RequestsPosted),
        new("Kolaborasi terpenuhi", r => r.RequestsMet),
    ];

    /// <summary>Every column of the xlsx sheet: each category by status, the status totals, then plans and requests.</summary>
    public static IReadOnlyList<Column> All()
    {
        var columns = new List<Column>();
        foreach (var category in Enum.GetValues<ObstacleCategory>())
            foreach (var status in Enum.GetValues<ObstacleStatus>())
                columns.Add(new(Header(category, status), r => Obstacles(r, category, status)));
        foreach (var status in Enum.GetValues<ObstacleStatus>())
            columns.Add(new($"Kendala {MentoringLabels.Of(status).ToLowerInvariant()}", r => Obstacles(r, status)));
        columns.Add(new("Kendala (jumlah)", r => r.Obstacles.Sum(o => o.Total)));
        columns.AddRange(Activity);
        return columns;
    }
}
