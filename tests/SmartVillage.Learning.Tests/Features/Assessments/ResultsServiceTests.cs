using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.LearningGains;
using SmartVillage.Learning.Features.Assessments.QuizResults;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>Results, per-question statistics, gain figures and the xlsx against the hand-worked figures of <see cref="KnownResultsWorld"/>.</summary>
public class ResultsServiceTests(KnownResultsWorld known) : IClassFixture<KnownResultsWorld>
{
    private GradingWorld World => known.World;

    [Fact]
    public async Task ResultsTable_ShowsEachOfficialsPreTestPostTestFinalPassedAttemptsPendingAndGain()
    {
        var results = await World.Results().ResultsAsync(World.Hendra, World.CourseId);

        Assert.Equal(4, results.Rows.Count);
        var a = results.Rows.Single(r => r.UserId == known.A);
        var b = results.Rows.Single(r => r.UserId == known.B);
        var c = results.Rows.Single(r => r.UserId == known.C);
        var d = results.Rows.Single(r => r.UserId == known.D);
        Assert.Equal((18.75m, 100m, false, true, 2, 0, 81.25m, 1m), (a.PreScore, a.PostScore, a.PostPending, a.Passed, a.Attempts, a.PendingEssays, a.Gain, a.NormalisedGain));
        Assert.Equal((6.25m, 94.12m, true, false, 2, 1), (b.PreScore, b.PostScore, b.PostPending, b.Passed, b.Attempts, b.PendingEssays));
        Assert.Null(b.Gain);
        Assert.Equal((6.25m, (decimal?)null, (bool?)null, 1), (c.PreScore, c.PostScore, c.Passed, c.Attempts));
        Assert.Equal((0m, 0m, false, 0m, 0m), (d.PreScore, d.PostScore, d.Passed, d.Gain, d.NormalisedGain));
        Assert.NotNull(a.Village);
        Assert.NotNull(a.Position);
        Assert.Equal("nilai tertinggi", results.PostTestMethod);
        Assert.Equal(new LearningGainSummary(4, 4, 2, 2, 7.81m, 50m, 40.63m, 0.5m), results.Gain);
    }

    [Fact]
    public async Task Statistics_PerQuestion_CountAnsweredFullyRightAveragePointsAndTheMostChosenWrongAnswer()
    {
        var results = await World.Results().ResultsAsync(World.Hendra, World.CourseId, World.Attempts.PreTestId);

        var quiz = Assert.Single(results.Statistics);
        Assert.Equal(4, quiz.FinishedAttempts);
        Assert.Equal(16, quiz.Questions.Count);
        Assert.All(results.Rows, r => Assert.Equal(1, r.Attempts));
        var q1 = quiz.Questions[0];
        var q3 = quiz.Questions[2];
        var q6 = quiz.Questions[5];
        Assert.Equal(("PRE-01 Struktur APBDes", 4, 4, 2, 50m, 0.5m, "Perencanaan, pelaksanaan, dan pelaporan", 2),
            (q1.Name, q1.Attempts, q1.Answered, q1.FullyRight, q1.FullyRightPercent, q1.AveragePoints, q1.MostChosenWrong, q1.MostChosenWrongCount));
        Assert.Equal((4, 4, 1, 25m, 0.25m, "Pendapatan Asli Desa (PADes)", 2),
            (q3.Attempts, q3.Answered, q3.FullyRight, q3.FullyRightPercent, q3.AveragePoints, q3.MostChosenWrong, q3.MostChosenWrongCount));
        Assert.Equal((4, 3, 2, 50m, 0.5m, "Benar", 1),
            (q6.Attempts, q6.Answered, q6.FullyRight, q6.FullyRightPercent, q6.AveragePoints, q6.MostChosenWrong, q6.MostChosenWrongCount));
        Assert.Equal((0, 0, 0m, (string?)null), (quiz.Questions[1].Answered, quiz.Questions[1].FullyRight, quiz.Questions[1].AveragePoints, quiz.Questions[1].MostChosenWrong));
    }

    [Fact]
    public async Task Statistics_ForTheEssay_LeaveTheWaitingAnswerOutOfTheAverage()
    {
        var results = await World.Results().ResultsAsync(World.Hendra, World.CourseId, World.Attempts.PostTestId);

        var essay = Assert.Single(results.Statistics).Questions.Single(q => q.Type == QuestionType.Essay);
        Assert.Equal(3, results.Rows.Count); // C never took the post-test
        Assert.Equal((3, 2, 1, 0.5m), (essay.Attempts, essay.Answered, essay.FullyRight, essay.AveragePoints));
        Assert.Null(essay.MostChosenWrong);
    }

    [Fact]
    public async Task GainFigures_GroupedInTheDatabase_MatchTheResultsTable()
    {
        var results = await World.Results().ResultsAsync(World.Hendra, World.CourseId);
        var figures = World.Figures();

        var byCourse = Assert.Single(await figures.ByCourseAsync(new LearningGainFilter()));
        var summary = await figures.SummaryAsync(new LearningGainFilter(CourseIds: [World.CourseId]));
        var mp = await figures.SummaryAsync(new LearningGainFilter(TrackCode: "MP"));
        var otherTrack = await figures.SummaryAsync(new LearningGainFilter(TrackCode: "TD"));

        Assert.Equal(World.CourseId.ToString(CultureInfo.InvariantCulture), byCourse.Key);
        Assert.Equal("Pengelolaan APBDes dengan Siskeudes", byCourse.Name);
        Assert.Equal(results.Gain, byCourse.Summary);
        Assert.Equal(results.Gain, summary);
        Assert.Equal(results.Gain, mp);
        Assert.Equal(0, otherTrack.Officials);
    }

    [Fact]
    public async Task GainFigures_ByRegency_AndFilteredByRegionPrefix_AgreeWithTheOfficialsVillages()
    {
        var results = await World.Results().ResultsAsync(World.Hendra, World.CourseId);
        var villages = await World.Attempts.Database.QueryAsync(db => db.Users.Where(u => u.VillageCode != null).ToDictionaryAsync(u => u.Id, u => u.VillageCode!));
        var expected = results.Rows.GroupBy(r => villages[r.UserId][..5])
            .ToDictionary(g => g.Key, g => LearningGainSummary.Of(g.Select(r => LearningGain.Of(r.PreScore, r.PostPending ? null : r.PostScore))));

        var byRegency = await World.Figures().ByRegionAsync(new LearningGainFilter(), RegionLevel.Regency);
        var first = expected.Keys.Order(StringComparer.Ordinal).First();
        var filtered = await World.Figures().SummaryAsync(new LearningGainFilter(RegionPrefix: first));
        var byDistrict = await World.Figures().ByRegionAsync(new LearningGainFilter(RegionPrefix: first), RegionLevel.District);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), byRegency.Select(g => g.Key));
        Assert.All(byRegency, g => Assert.Equal(expected[g.Key], g.Summary));
        Assert.All(byRegency, g => Assert.StartsWith("Kabupaten", g.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected[first], filtered);
        Assert.Equal(expected[first].Officials, byDistrict.Sum(g => g.Summary.Officials));
        Assert.All(byDistrict, g => Assert.StartsWith(first + ".", g.Key));
    }

    [Fact]
    public async Task Rebuild_RecomputesTheStoredGainsFromTheAttempts()
    {
        var before = await World.Figures().SummaryAsync(new LearningGainFilter(CourseIds: [World.CourseId]));
        await World.Attempts.Database.QueryAsync(db => db.LearningGains.ExecuteDeleteAsync());

        var changed = await World.Recorder().RebuildAsync();

        Assert.Equal(4, changed);
        Assert.Equal(before, await World.Figures().SummaryAsync(new LearningGainFilter(CourseIds: [World.CourseId])));
    }

    [Fact]
    public async Task Xlsx_ReadBack_HoldsTheSameFiguresAsTheService()
    {
        var results = await World.Results().ResultsAsync(World.Hendra, World.CourseId);

        var bytes = ResultsWorkbook.Render(results);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheetNames = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([ResultsWorkbook.ResultsSheet, ResultsWorkbook.StatisticsSheet], sheetNames);

        var table = Rows(document, ResultsWorkbook.ResultsSheet);
        var header = table.FindIndex(r => r.FirstOrDefault() == "No");
        Assert.Equal(["No", "Nama", "Desa", "Jabatan", "Nilai pre-test", "Nilai akhir post-test"], table[header].Take(6));
        foreach (var (row, i) in results.Rows.Select((r, i) => (r, i)))
        {
            var cells = table[header + 1 + i];
            Assert.Equal(row.Name, cells[1]);
            Assert.Equal(row.Village, cells[2]);
            Assert.Equal(row.PreScore, Number(cells[4]));
            Assert.Equal(row.PostScore, Number(cells[5]));
            Assert.Equal(row.PostPending ? "ya" : "", cells[6]);
            Assert.Equal(row.Attempts, (int)Number(cells[8])!);
            Assert.Equal(row.PendingEssays, (int)Number(cells[9])!);
            Assert.Equal(row.Gain, Number(cells[10]));
        }
        var average = table.Single(r => r.FirstOrDefault() == "Rata-rata");
        Assert.Equal(results.Gain.AveragePre, Number(average[4]));
        Assert.Equal(results.Gain.AverageGain, Number(average[10]));

        var statistics = Rows(document, ResultsWorkbook.StatisticsSheet);
        var all = results.Statistics.SelectMany(s => s.Questions.Select(q => (s.QuizTitle, q))).ToList();
        Assert.Equal(all.Count + 1, statistics.Count);
        foreach (var ((quiz, q), cells) in all.Zip(statistics.Skip(1)))
        {
            Assert.Equal(quiz, cells[0]);
            Assert.Equal(q.Attempts, (int)Number(cells[4])!);
            Assert.Equal(q.Answered, (int)Number(cells[5])!);
            Assert.Equal(q.FullyRight, (int)Number(cells[6])!);
            Assert.Equal(q.FullyRightPercent / 100m, Number(cells[7]));   // a percentage Excel computes with
            Assert.Equal(q.AveragePoints, Number(cells[8]));
            Assert.Equal(q.MostChosenWrong ?? "", cells[9]);
        }
        Assert.Contains(statistics, r => r[1].StartsWith("PRE-01 Struktur APBDes: ", StringComparison.Ordinal) && r[9] == "Perencanaan, pelaksanaan, dan pelaporan" && r[10] == "2");

        // Both sheets: the header (under the course, quiz and method on "Hasil") styled, frozen, filtered; formats per column.
        XlsxSheets.AssertTable(document, ResultsWorkbook.ResultsSheet);
        XlsxSheets.AssertTable(document, ResultsWorkbook.StatisticsSheet);
        Assert.Equal((uint)header + 1, XlsxSheets.HeaderRow(document, ResultsWorkbook.ResultsSheet));
        var scored = results.Rows.ToList().FindIndex(r => r.PreScore is not null);
        Assert.Equal("0.0", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, ResultsWorkbook.ResultsSheet, "Nilai pre-test", scored)));
        Assert.Equal("#,##0", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, ResultsWorkbook.ResultsSheet, "Percobaan", scored)));
        Assert.Equal("0.0%", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, ResultsWorkbook.StatisticsSheet, "% benar penuh")));
        Assert.Equal("0.00", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, ResultsWorkbook.StatisticsSheet, "Rata-rata nilai")));
        // The averages sit under the table, outside the filter, so sorting the officials never moves them.
        var filtered = XlsxSheets.Part(document, ResultsWorkbook.ResultsSheet).Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value!;
        Assert.EndsWith((header + 1 + results.Rows.Count).ToString(), filtered);
    }

    private static List<List<string>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
            .ToList();
    }

    private static decimal? Number(string text) => text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
