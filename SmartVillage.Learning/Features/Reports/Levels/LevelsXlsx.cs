using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Infrastructure.Spreadsheets;

namespace SmartVillage.Learning.Features.Reports.Levels;

/// <summary>
/// The four levels on one sheet, "Empat level": a header row, one row per regency under an AutoFilter, then the total of the
/// scope two rows below (outside the filter, so a sort never moves it) and a note, so a governor's office reads it in a
/// minute and can still sort it. Means, gains, counts and shares are numbers with their formats (50 % is 0.5 shown "50.0%").
/// </summary>
public static class LevelsXlsx
{
    public const string Sheet = "Empat level";

    public static string FileName(LevelsReport report) => $"empat-level-{(report.Regencies.Count == 1 ? report.Regencies[0].Code : "provinsi")}-{report.Year}.xlsx";

    /// <summary>Each column: its header, its figure for a regency (or the total), its format.</summary>
    private static IReadOnlyList<(string Header, Func<LevelFigures, object?> Value, NumberStyle Style)> Columns(LevelsReport report) =>
    [
        ("Kode", f => f.Code, NumberStyle.General),
        ("Kabupaten/Kota", f => f.Name, NumberStyle.General),
        ("Aparatur", f => f.Officials, NumberStyle.Integer),
        ("1 Reaksi: rata-rata evaluasi (1–5)", f => f.ReactionMean, NumberStyle.TwoDecimals),
        ("1 Reaksi: responden", f => f.Responses, NumberStyle.Integer),
        ("1 Reaksi: dapat mengisi", f => f.Eligible, NumberStyle.Integer),
        ("1 Reaksi: tingkat respons", f => f.ResponseRate, NumberStyle.Percent),
        ("2 Pembelajaran: rata-rata kenaikan (poin)", f => f.GainMean, NumberStyle.Decimal),
        ("2 Pembelajaran: pasangan pre/post", f => f.GainCount, NumberStyle.Integer),
        ("3 Perilaku: aparatur dikonfirmasi pendamping", f => f.ConfirmedOfficials, NumberStyle.Integer),
        ("3 Perilaku: % aparatur", f => f.ConfirmedPercent, NumberStyle.Percent),
        .. CompetencyLevels.All.Select(level => ($"3 Perilaku: konfirmasi {CompetencyLevels.Label(level)}",
            (Func<LevelFigures, object?>)(f => f.ConfirmationsByLevel[(int)level]), NumberStyle.Integer)),
        ("3 Perilaku: rencana kerja disetujui", f => f.PlansApproved, NumberStyle.Integer),
        ("3 Perilaku: rencana kerja selesai", f => f.PlansCompleted, NumberStyle.Integer),
        ("4 Hasil: desa", f => f.Villages, NumberStyle.Integer),
        ($"4 Hasil: desa dengan indikator terkonfirmasi {report.Year}", f => f.VillagesConfirmed, NumberStyle.Integer),
        ("4 Hasil: % desa", f => f.VillagesConfirmedPercent, NumberStyle.Percent),
        .. report.Indicators.Select(i => ($"4 Hasil: {i.Title}", (Func<LevelFigures, object?>)(f => f.IndicatorVillages.GetValueOrDefault(i.Code)), NumberStyle.Integer)),
    ];

    public static byte[] Render(LevelsReport report)
    {
        var columns = Columns(report);
        IReadOnlyList<object?> Values(LevelFigures f) => columns.Select(c => c.Value(f)).ToList();
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            yield return columns.Select(c => (object?)c.Header).ToList();
            foreach (var row in report.Regencies) yield return Values(row);
        }
        IEnumerable<IReadOnlyList<object?>> Footer()
        {
            yield return Values(report.Total);
            yield return [$"Dibuat {Wib.Moment(report.GeneratedAt)}; indikator desa tahun {report.Year}; skor evaluasi pada skala 1–5."];
        }
        return SheetWriter.Render([new SheetContent(Sheet, Rows(),
            [new SheetColumn(10), new SheetColumn(28), .. columns.Skip(2).Select(c => SheetColumn.Fit(c.Header, c.Style, max: 24))], FrozenColumns: 2)
        {
            Footer = Footer(),
        }]);
    }
}
