using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Reports.Levels;

/// <summary>
/// The four levels on one sheet, "Empat level": a header row, one row per regency under an AutoFilter, then the total of the
/// scope two rows below (outside the filter), so a governor's office reads it in a minute and can still sort it.
/// </summary>
public static class LevelsXlsx
{
    public const string Sheet = "Empat level";

    public static string FileName(LevelsReport report) => $"empat-level-{(report.Regencies.Count == 1 ? report.Regencies[0].Code : "provinsi")}-{report.Year}.xlsx";

    public static IReadOnlyList<string> Headers(LevelsReport report) =>
    [
        "Kode", "Kabupaten/Kota", "Aparatur",
        "1 Reaksi: rata-rata evaluasi (1–5)", "1 Reaksi: responden", "1 Reaksi: dapat mengisi", "1 Reaksi: tingkat respons (%)",
        "2 Pembelajaran: rata-rata kenaikan (poin)", "2 Pembelajaran: pasangan pre/post",
        "3 Perilaku: aparatur dikonfirmasi pendamping", "3 Perilaku: % aparatur",
        $"3 Perilaku: konfirmasi {CompetencyLevels.Label(CompetencyLevel.Basic)}", $"3 Perilaku: konfirmasi {CompetencyLevels.Label(CompetencyLevel.Intermediate)}",
        $"3 Perilaku: konfirmasi {CompetencyLevels.Label(CompetencyLevel.Advanced)}",
        "3 Perilaku: rencana kerja disetujui", "3 Perilaku: rencana kerja selesai",
        "4 Hasil: desa", $"4 Hasil: desa dengan indikator terkonfirmasi {report.Year}", "4 Hasil: % desa",
        .. report.Indicators.Select(i => $"4 Hasil: {i.Title}"),
    ];

    public static IReadOnlyList<object?> Values(LevelsReport report, LevelFigures f) =>
    [
        f.Code, f.Name, f.Officials,
        f.ReactionMean, f.Responses, f.Eligible, f.ResponseRate,
        f.GainMean, f.GainCount,
        f.ConfirmedOfficials, f.ConfirmedPercent,
        f.ConfirmationsByLevel[(int)CompetencyLevel.Basic], f.ConfirmationsByLevel[(int)CompetencyLevel.Intermediate], f.ConfirmationsByLevel[(int)CompetencyLevel.Advanced],
        f.PlansApproved, f.PlansCompleted,
        f.Villages, f.VillagesConfirmed, f.VillagesConfirmedPercent,
        .. report.Indicators.Select(i => (object?)f.IndicatorVillages.GetValueOrDefault(i.Code)),
    ];

    public static byte[] Render(LevelsReport report)
    {
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            yield return Headers(report).Cast<object?>().ToList();
            foreach (var row in report.Regencies) yield return Values(report, row);
        }
        IEnumerable<IReadOnlyList<object?>> WithTotal()
        {
            foreach (var row in Rows()) yield return row;
            yield return [];
            yield return Values(report, report.Total);
            yield return [$"Dibuat {Wib.Moment(report.GeneratedAt)}; indikator desa tahun {report.Year}; skor evaluasi pada skala 1–5."];
        }
        return SheetWriter.Render([new SheetContent(Sheet, WithTotal(), Filter: false)]);
    }
}
