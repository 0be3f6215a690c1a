using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static SmartVillage.Learning.Tests.TestSupport.XlsxSheets;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Reports;

public class CompetencyReportServiceTests(ReportWorld world) : IClassFixture<ReportWorld>
{
    [Fact]
    public async Task Province_OneRowPerRegency_TotalsAreTheSeededOfficials()
    {
        var report = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None));

        Assert.Equal(15, report.Rows.Count);
        Assert.Equal(world.Seeded.Officials, report.Total.Officials);
        Assert.Equal(report.Rows.Sum(r => r.Officials), report.Total.Officials);
        Assert.Equal(report.Total.Officials, report.Total.Female + report.Total.Male);
        Assert.Equal(report.Total.Officials, report.Total.Positions.Values.Sum());
        // Every official's competency is counted once per area: levels plus "none" make the whole.
        foreach (var area in report.Areas)
            Assert.Equal(report.Total.Officials,
                CompetencyLevels.All.Sum(l => report.Total.AtLevel(area.Code, l)) + report.Total.WithoutLevel(area.Code));
        Assert.InRange(report.Total.Completed, 1, report.Total.Enrolled);
        Assert.InRange(report.Total.AttendanceRate!.Value, 50m, 100m);
        Assert.InRange(report.Total.Certified!.Value, 1, report.Total.Officials);
        Assert.InRange(report.Total.Assessment!.PreTestAverage!.Value, 30m, 60m);   // seeded ~ N(45, 15)
        Assert.InRange(report.Total.Assessment.PostTestAverage!.Value, 65m, 90m);   // seeded ~ N(75, 12), grading method applied
        Assert.True(report.Total.Assessment.GainAverage > 0);
        Assert.Equal(["manajemen-proyek", "pengelolaan-keuangan-desa", "literasi-digital", "pengelolaan-sistem-informasi-desa", "komunikasi-efektif"],
            report.Areas.Select(a => a.Code));
    }

    [Fact]
    public async Task Counts_AgreeWithTheRowsInTheDatabase()
    {
        var report = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, ReportFilter.None));
        var (enrolled, completed, present, marks) = await world.Database.QueryAsync(async db => (
            await db.Enrollments.Select(e => e.UserId).Distinct().CountAsync(),
            await db.Enrollments.Where(e => e.CompletedAt != null).Select(e => e.UserId).Distinct().CountAsync(),
            await db.AttendanceMarks.CountAsync(m => m.Status == SmartVillage.Domain.Attendance.AttendanceStatus.Present || m.Status == SmartVillage.Domain.Attendance.AttendanceStatus.Late),
            await db.AttendanceMarks.CountAsync()));

        Assert.Equal(enrolled, report.Total.Enrolled);
        Assert.Equal(completed, report.Total.Completed);
        Assert.Equal(present, report.Total.AttendancePresent);
        Assert.Equal(marks, report.Total.AttendanceMarks);
        var (certified, pre, post) = await world.Database.QueryAsync(async db => (
            await db.Certificates.Where(c => c.Status == SmartVillage.Domain.Certificates.CertificateStatus.Valid).Select(c => c.UserId).Distinct().CountAsync(),
            await db.LearningGains.CountAsync(g => g.PreScore != null),
            await db.LearningGains.CountAsync(g => g.PostScore != null)));
        Assert.Equal(certified, report.Total.Certified);
        Assert.Equal(pre, report.Total.Assessment!.PreTestCount);
        Assert.Equal(post, report.Total.Assessment.PostTestCount);
    }

    [Fact]
    public async Task DrillDown_RegencyDistrictVillage_AddUpToTheParent()
    {
        var province = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, ReportFilter.None));
        var regency = province.Rows.First(r => r.Officials > 0);
        var regencyReport = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, regency.Code, ReportFilter.None));
        Assert.Equal(regency.Officials, regencyReport.Total.Officials);
        Assert.Equal(regency.Completed, regencyReport.Total.Completed);
        Assert.Equal("Kecamatan", regencyReport.ChildLabel);

        var district = regencyReport.Rows.First(r => r.Officials > 0);
        var districtReport = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, district.Code, ReportFilter.None));
        Assert.Equal(district.Officials, districtReport.Total.Officials);

        var village = districtReport.Rows.First(r => r.Officials > 0);
        var villageReport = await world.ReportsAsync(s => s.VillageAsync(ReportWorld.Admin, village.Code, ReportFilter.None));
        Assert.Equal(village.Officials, villageReport.Officials.Count);
        Assert.Equal(village.Enrolled, villageReport.Officials.Count(o => o.Figures.Enrolled > 0));
        Assert.Equal(["Provinsi Lampung", regency.Name], villageReport.Trail.Take(2).Select(c => c.Name));
    }

    [Fact]
    public async Task PositionFilter_CountsOnlyThatPosition()
    {
        var heads = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(Position: OfficialPosition.VillageHead)));

        Assert.Equal(60, heads.Total.Officials); // one village head among the five officials of each village
        Assert.Equal([OfficialPosition.VillageHead], heads.Total.Positions.Keys);
    }

    [Fact]
    public async Task PeriodFilter_InTheFuture_CountsNoActivity()
    {
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(5));
        var report = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.Admin, null, new ReportFilter(From: future)));

        Assert.Equal(world.Seeded.Officials, report.Total.Officials);
        Assert.Equal(0, report.Total.Enrolled);
        Assert.Equal(0, report.Total.Completed);
        Assert.Equal(0, report.Total.AttendanceMarks);
    }

    [Fact]
    public async Task TanggamusReviewer_ReadsTanggamus_IsRefusedTheProvinceAndLampungBarat()
    {
        var own = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus, ReportFilter.None));
        Assert.Equal("Kabupaten Tanggamus", own.Name);

        var other = await Assert.ThrowsAsync<DomainException>(() =>
            world.ReportsAsync(s => s.RegionAsync(ReportWorld.TanggamusReviewer, ReportWorld.LampungBarat, ReportFilter.None)));
        Assert.Contains("Tanggamus", other.Message);
        await Assert.ThrowsAsync<DomainException>(() => world.ReportsAsync(s => s.RegionAsync(ReportWorld.TanggamusReviewer, null, ReportFilter.None)));
        var lampungBaratDistrict = await world.Database.QueryAsync(db => db.Districts.Where(d => d.RegencyCode == ReportWorld.LampungBarat).Select(d => d.Code).FirstAsync());
        await Assert.ThrowsAsync<DomainException>(() =>
            world.ReportsAsync(s => s.RegionAsync(ReportWorld.TanggamusReviewer, lampungBaratDistrict, ReportFilter.None)));
        await Assert.ThrowsAsync<DomainException>(() => world.ReportsAsync(s => s.BookAsync(ReportWorld.TanggamusReviewer, null, ReportFilter.None)));
        await Assert.ThrowsAsync<DomainException>(() => world.ReportsAsync(s => s.BookAsync(ReportWorld.TanggamusReviewer, ReportWorld.LampungBarat, ReportFilter.None)));
    }

    [Fact]
    public async Task Official_IsRefusedEveryReport()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.ReportsAsync(s => s.RegionAsync(ReportWorld.Official, ReportWorld.Tanggamus, ReportFilter.None)));
        Assert.Equal(ReportAccess.NotAReviewerMessage, refused.Message);
    }

    [Fact]
    public async Task Xlsx_ProvinceSheetHasOneFilterableRowPerRegency_TotalsAgreeWithTheDashboard()
    {
        var dashboard = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None));
        var (xlsx, type, name) = await world.Database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d =>
            d.RenderAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None, "xlsx"));
        Assert.Equal(ReportDocuments.XlsxType, type);
        Assert.EndsWith(".xlsx", name);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([ReportXlsx.SummarySheet, ReportXlsx.RegencySheet, ReportXlsx.DistrictSheet, ReportXlsx.VillageSheet, ReportXlsx.FieldworkSheet], sheets);

        var regencies = Rows(document, ReportXlsx.RegencySheet);
        var header = regencies[0];
        Assert.Equal(["Kode", "Kabupaten/Kota", "Aparatur"], header.Take(3));
        Assert.Equal(16, regencies.Count); // header + 15 regencies
        Assert.Equal(dashboard.Rows.Select(r => r.Code), regencies.Skip(1).Select(r => r[0]));
        Assert.NotNull(Part(document, ReportXlsx.RegencySheet).Worksheet.GetFirstChild<AutoFilter>());
        int Sum(string column) => regencies.Skip(1).Sum(r => int.Parse(r[header.IndexOf(column)]));
        Assert.Equal(dashboard.Total.Officials, Sum("Aparatur"));
        Assert.Equal(dashboard.Total.Enrolled, Sum("Ikut kursus"));
        Assert.Equal(dashboard.Total.Completed, Sum("Selesai kursus"));
        Assert.Equal(dashboard.Total.Registered, Sum("Ikut bimtek"));
        Assert.Equal(dashboard.Total.Certified, Sum("Bersertifikat"));
        // Averages are not additive: each regency row's rounded pre-test, post-test and gain are the dashboard's.
        var averaged = 0;
        foreach (var (row, sheetRow) in dashboard.Rows.Zip(regencies.Skip(1)))
        {
            foreach (var (column, value) in new[] { ("Rata-rata pre-test", row.Assessment?.PreTestAverage), ("Rata-rata post-test", row.Assessment?.PostTestAverage),
                         ("Kenaikan (gain)", row.Assessment?.GainAverage) })
            {
                if (ReportColumns.Round(value) is not { } expected) continue;
                Assert.Equal(expected, decimal.Parse(sheetRow[header.IndexOf(column)], System.Globalization.CultureInfo.InvariantCulture));
                averaged++;
            }
        }
        Assert.True(averaged >= 3);

        var villages = Rows(document, ReportXlsx.VillageSheet);
        Assert.Equal(2651 + 1, villages.Count);
        Assert.Equal(dashboard.Total.Officials, villages.Skip(1).Sum(r => int.Parse(r[villages[0].IndexOf("Aparatur")])));
    }

    [Fact]
    public async Task Pdf_HasCoverKeyFiguresAndATablePerRegency()
    {
        var (pdf, _, _) = await world.Database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d =>
            d.RenderAsync(ReportWorld.Admin, null, ReportFilter.None, "pdf"));

        using var text = new PdfText(pdf);
        Assert.Contains("LAPORAN KOMPETENSI", text.PageTexts[0]);
        Assert.Contains("Provinsi Lampung", text.PageTexts[0]);
        Assert.Contains("Angka utama", text.PageTexts[1]);
        Assert.Contains(ReportBar.CompetencyTitle, text.PageTexts[1]);
        Assert.Contains(ReportPdf.FieldworkHeading, text.PageTexts[2]);
        var tables = string.Join(" ", text.PageTexts.Skip(3));
        foreach (var regency in new[] { "Kabupaten Tanggamus", "Kabupaten Lampung Barat", "Kota Bandar Lampung" })
            Assert.Contains(regency, tables);
        Assert.Equal(15, System.Text.RegularExpressions.Regex.Matches(tables, @"\bJumlah\b").Count);
    }

    [Fact]
    public async Task Xlsx_EverySheet_HasAStyledFrozenHeaderWidthsAFilterAndNumbersWithFormats()
    {
        var dashboard = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None));
        var (xlsx, _, _) = await world.Database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d =>
            d.RenderAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None, "xlsx"));

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        // Every sheet, the summary too: a styled header frozen at the top, widths, an AutoFilter, no "—" a sum would choke on.
        foreach (var sheet in SheetNames(document)) AssertTable(document, sheet);
        foreach (var sheet in new[] { ReportXlsx.RegencySheet, ReportXlsx.DistrictSheet, ReportXlsx.VillageSheet, ReportXlsx.FieldworkSheet })
            Assert.Equal(2d, Part(document, sheet).Worksheet.Descendants<Pane>().Single().HorizontalSplit!.Value);   // code and name stay in view

        Assert.Equal("#,##0", FormatCode(document, CellUnder(document, ReportXlsx.RegencySheet, "Aparatur")));
        Assert.Equal("0.0%", FormatCode(document, CellUnder(document, ReportXlsx.RegencySheet, "% ikut kursus")));
        // 12.5 % is the number 0.125 shown as a percentage, so Excel computes with it.
        var enrolled = ReportColumns.Round(dashboard.Rows[0].PercentOfOfficials(dashboard.Rows[0].Enrolled))!.Value / 100m;
        Assert.Equal(enrolled, Number(CellUnder(document, ReportXlsx.RegencySheet, "% ikut kursus")));
        var scored = Enumerable.Range(0, dashboard.Rows.Count).First(i => dashboard.Rows[i].Assessment?.PreTestAverage is not null);
        Assert.Equal("0.0", FormatCode(document, CellUnder(document, ReportXlsx.RegencySheet, "Rata-rata pre-test", scored)));
        // The summary's figures carry the same formats as the columns they total.
        var summary = Part(document, ReportXlsx.SummarySheet).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var share = summary.Single(r => r[0].InlineString?.InnerText == "% ikut kursus")[1];
        Assert.Equal("0.0%", FormatCode(document, share));
        Assert.Equal(ReportColumns.Round(dashboard.Total.PercentOfOfficials(dashboard.Total.Enrolled))!.Value / 100m, Number(share));
        Assert.Equal("yyyy-mm-dd hh:mm", FormatCode(document, summary.Single(r => r[0].InlineString?.InnerText == "Dibuat (WIB)")[1]));
    }

    [Fact]
    public async Task Pdf_EveryPageSaysItsNumberAndFilters_AndAPageShowsTheGainPerRegency()
    {
        var dashboard = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None));
        var (pdf, _, _) = await world.Database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d =>
            d.RenderAsync(ReportWorld.Admin, null, ReportFilter.None, "pdf"));

        using var text = new PdfText(pdf);
        for (var i = 0; i < text.PageCount; i++)
        {
            Assert.Contains($"Halaman {i + 1} dari {text.PageCount}", text.PageTexts[i]);
            Assert.Contains("Provinsi Lampung · Periode:", text.PageTexts[i]);
            Assert.Contains("Jalur: semua · Jabatan: semua", text.PageTexts[i]);
        }
        var gainPage = text.PageTexts.Single(p => p.Contains(ReportPdf.GainHeading));
        var scored = dashboard.Rows.Where(r => r.Assessment?.GainAverage is not null).ToList();
        Assert.NotEmpty(scored);
        foreach (var regency in scored)
        {
            var a = regency.Assessment!;
            var gain = (a.GainAverage > 0 ? "+" : "") + ReportColumns.Score(a.GainAverage);
            Assert.Contains($"{regency.Name} {ReportColumns.Score(a.PreTestAverage)} {ReportColumns.Score(a.PostTestAverage)} {gain}", gainPage);
        }
    }

    [Fact]
    public async Task Pdf_CompetencyChart_IsTheDashboards_OneBarPerAreaSortedByValue_WithNamesFiguresAndCountsPerLevel()
    {
        var dashboard = await world.ReportsAsync(s => s.RegionAsync(ReportWorld.ProvinceReviewer, null, ReportFilter.None));
        var (pdf, _, _) = await world.Database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d =>
            d.RenderAsync(ReportWorld.Admin, null, ReportFilter.None, "pdf"));

        // What the governor should read, worked out here from the dashboard's figures: the share with any level, largest first.
        var total = dashboard.Total;
        var expected = dashboard.Areas
            .Select(a => (a.Title, Percent: total.PercentOfOfficials(total.Officials - total.WithoutLevel(a.Code)),
                Counts: string.Join(" · ", CompetencyLevels.All.Select(l => $"{CompetencyLevels.Label(l)} {total.AtLevel(a.Code, l):N0}"))))
            .OrderByDescending(a => a.Percent).ThenBy(a => a.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("id-ID"), false))
            .ToList();
        Assert.True(expected.Select(e => e.Percent).Distinct().Count() > 1, "The seeded areas should differ, or the order proves nothing.");

        using var text = new PdfText(pdf);
        var page = text.PageTexts[1];
        // Read as a person reads the chart: the words on one bar's line (name and figure), and the line under it (counts).
        var all = text.Pages[1].GetWords().ToList();
        var titleBottom = all.First(w => w.Text == "bidang").BoundingBox.Bottom;
        var words = all.Where(w => w.BoundingBox.Top < titleBottom).ToList();
        static double Middle(UglyToad.PdfPig.Content.Word w) => (w.BoundingBox.Bottom + w.BoundingBox.Top) / 2;
        string LineAt(double middle) => string.Join(" ", words.Where(w => Math.Abs(Middle(w) - middle) < 3).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        var middles = new List<double>();
        foreach (var area in expected)
        {
            var value = ReportColumns.Percent(area.Percent);
            var name = words.First(w => w.Text == area.Title.Split(' ')[0] && LineAt(Middle(w)).EndsWith(" " + value, StringComparison.Ordinal));
            var bar = LineAt(Middle(name)) + " " + LineAt(Middle(name) - 10);
            Assert.All(area.Title.Split(' '), word => Assert.Contains(word, bar));
            Assert.Contains(area.Counts, bar);
            middles.Add(Middle(name));
        }
        // One bar per area, one under the other in the order of their values (not one bar stacked from the levels).
        Assert.Equal(middles.OrderByDescending(y => y), middles);
        Assert.Equal(middles.Count, middles.Distinct().Count());
        Assert.DoesNotContain("Abu-abu", page);
    }

    [Fact]
    public async Task Csv_ForARegency_HasOneLinePerDistrict()
    {
        var (csv, _, _) = await world.Database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d =>
            d.RenderAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus, ReportFilter.None, "csv"));
        var districts = await world.Database.QueryAsync(db => db.Districts.CountAsync(d => d.RegencyCode == ReportWorld.Tanggamus));

        var lines = System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Trim().Split('\n');
        Assert.StartsWith("Kode,Kecamatan,Aparatur", lines[0]);
        Assert.Equal(districts + 1, lines.Length);
    }
}
