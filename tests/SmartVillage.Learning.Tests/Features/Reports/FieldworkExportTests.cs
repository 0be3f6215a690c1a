using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static SmartVillage.Learning.Tests.TestSupport.XlsxSheets;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>
/// The xlsx and PDF downloads carry the dashboard's "Pendampingan dan kolaborasi" figures, for the same scope, on the demo data
/// plus an obstacle Bu Siti (Tanggamus) logs here.
/// </summary>
public class FieldworkExportTests : IAsyncLifetime
{
    private const string KnownObstacle = "Perdes tentang BUMDes belum disahkan BPD, sewa lapak pasar pekon belum bisa dipungut.";
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        Assert.Equal(0, await database.QueryAsync(db => db.Obstacles.CountAsync(o => o.RegencyCode == ReportWorld.Tanggamus && o.Category == ObstacleCategory.Regulation)));
        var phone = "+62" + DemoAccounts.Siti.Phone[1..];
        var siti = await database.QueryAsync(db => db.Users.Where(u => u.PhoneNumber == phone).Select(u => u.Id).SingleAsync());
        await database.InScopeAsync<ObstacleService, int>(s =>
            s.LogAsync(new ObstacleForm { Category = ObstacleCategory.Regulation, Description = KnownObstacle }, Actor.Official(siti)));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<FieldworkReport> DashboardAsync(Actor viewer, string? code) =>
        database.InScopeAsync<CompetencyReportService, FieldworkReport>(s => s.FieldworkAsync(viewer, code));

    private async Task<byte[]> ExportAsync(Actor viewer, string? regency, string format) =>
        (await database.InScopeAsync<ReportDocuments, (byte[], string, string)>(d => d.RenderAsync(viewer, regency, ReportFilter.None, format))).Item1;

    [Fact]
    public async Task Xlsx_Province_PendampinganSheetHasOneFilterableRowPerRegency_AndSumsToTheDashboard()
    {
        var dashboard = await DashboardAsync(ReportWorld.ProvinceReviewer, null);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await ExportAsync(ReportWorld.ProvinceReviewer, null, "xlsx")), false);

        Assert.Contains(ReportXlsx.FieldworkSheet, document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.NotNull(Part(document, ReportXlsx.FieldworkSheet).Worksheet.GetFirstChild<AutoFilter>());
        var rows = Rows(document, ReportXlsx.FieldworkSheet);
        var header = rows[0];
        Assert.Equal(["Kode", "Kabupaten/Kota"], header.Take(2));
        Assert.Equal(16, rows.Count); // header + the 15 regencies, no total row under the filter
        Assert.Equal(await database.QueryAsync(db => db.Regencies.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync()), rows.Skip(1).Select(r => r[0]));

        int Sum(string column) => rows.Skip(1).Sum(r => int.Parse(r[header.IndexOf(column)]));
        foreach (var category in dashboard.Obstacles)
        {
            Assert.Equal(category.Open, Sum(FieldworkColumns.Header(category.Category, ObstacleStatus.Open)));
            Assert.Equal(category.InProgress, Sum(FieldworkColumns.Header(category.Category, ObstacleStatus.InProgress)));
            Assert.Equal(category.Resolved, Sum(FieldworkColumns.Header(category.Category, ObstacleStatus.Resolved)));
        }
        Assert.Equal(dashboard.Obstacles.Sum(o => o.Total), Sum("Kendala (jumlah)"));
        Assert.Equal(dashboard.PlansSubmitted, Sum("Rencana kerja diajukan"));
        Assert.Equal(dashboard.PlansApproved, Sum("Rencana kerja disetujui"));
        Assert.Equal(dashboard.PlansCompleted, Sum("Rencana kerja selesai"));
        Assert.Equal(dashboard.RequestsPosted, Sum("Kebutuhan/tawaran kolaborasi"));
        Assert.Equal(dashboard.RequestsMet, Sum("Kolaborasi terpenuhi"));
        Assert.True(dashboard.PlansSubmitted >= 1 && dashboard.RequestsPosted >= 2, "the demo holds a submitted plan and two requests");

        // Bu Siti's obstacle is Tanggamus's one open regulation obstacle, and nobody else's.
        var tanggamus = rows.Single(r => r[0] == ReportWorld.Tanggamus);
        Assert.Equal("Kabupaten Tanggamus", tanggamus[1]);
        Assert.Equal("1", tanggamus[header.IndexOf("Kendala Regulasi: terbuka")]);
        Assert.Equal(1, Sum("Kendala Regulasi: terbuka"));
        Assert.Equal(1, dashboard.Obstacles.Single(o => o.Category == ObstacleCategory.Regulation).Open);

        // The summary sheet carries the totals: the dashboard's.
        var summary = Rows(document, ReportXlsx.SummarySheet).Where(r => r.Count == 2).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(dashboard.Obstacles.Single(o => o.Category == ObstacleCategory.Regulation).Total.ToString(), summary["Kendala Regulasi"]);
        Assert.Equal(dashboard.Obstacles.Sum(o => o.Open).ToString(), summary["Kendala terbuka"]);
        Assert.Equal(dashboard.PlansSubmitted.ToString(), summary["Rencana kerja diajukan"]);
        Assert.Equal(dashboard.RequestsMet.ToString(), summary["Kolaborasi terpenuhi"]);
    }

    [Fact]
    public async Task Xlsx_TanggamusReviewer_GetsOnlyTanggamus_AndIsRefusedTheProvinceAndLampungBarat()
    {
        var dashboard = await DashboardAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await ExportAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus, "xlsx")), false);

        var rows = Rows(document, ReportXlsx.FieldworkSheet);
        var header = rows[0];
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal([ReportWorld.Tanggamus, "Kabupaten Tanggamus"], row.Take(2));
        foreach (var column in FieldworkColumns.All())
            Assert.Equal(column.Value(dashboard).ToString(), row[header.IndexOf(column.Header)]);
        Assert.Equal("1", row[header.IndexOf("Kendala Regulasi: terbuka")]);
        // The demo's Lampung Barat plan and obstacle are not Tanggamus's.
        Assert.Equal(0, dashboard.PlansSubmitted);
        Assert.Equal(0, dashboard.Obstacles.Single(o => o.Category == ObstacleCategory.Technical).Open);

        await Assert.ThrowsAsync<DomainException>(() => ExportAsync(ReportWorld.TanggamusReviewer, null, "xlsx"));
        await Assert.ThrowsAsync<DomainException>(() => ExportAsync(ReportWorld.TanggamusReviewer, ReportWorld.LampungBarat, "pdf"));
        await Assert.ThrowsAsync<DomainException>(() =>
            database.InScopeAsync<CompetencyReportService, FieldworkBook>(s => s.FieldworkByRegencyAsync(ReportWorld.TanggamusReviewer, ReportWorld.LampungBarat)));
        await Assert.ThrowsAsync<DomainException>(() =>
            database.InScopeAsync<CompetencyReportService, FieldworkBook>(s => s.FieldworkByRegencyAsync(ReportWorld.Official, ReportWorld.Tanggamus)));
    }

    [Fact]
    public async Task Pdf_Province_HasThePendampinganPageAfterTheKeyFigures_WithTheDashboardsFigures()
    {
        var dashboard = await DashboardAsync(ReportWorld.Admin, null);
        using var text = new PdfText(await ExportAsync(ReportWorld.Admin, null, "pdf"));

        Assert.Contains("Angka utama", text.PageTexts[1]);
        var page = text.PageTexts[2];
        Assert.Contains(ReportPdf.FieldworkHeading + " — Provinsi Lampung", page);
        Assert.Contains("Kendala per kategori dan status", page);
        foreach (var row in dashboard.Obstacles)
            Assert.Contains($"{MentoringLabels.Of(row.Category)} {row.Open} {row.InProgress} {row.Resolved} {row.Total}", page);
        Assert.Contains("Regulasi 1 0 0 1", page);
        // The five boxes (plans submitted, approved, completed; requests posted, met) read back as their labels, then their figures.
        Assert.Contains("Rencana kerja Rencana kerja Rencana kerja selesai Kebutuhan/tawaran Kolaborasi terpenuhi", page);
        Assert.Contains(string.Join(" ", FieldworkColumns.Activity.Select(c => c.Value(dashboard))) + " Kendala per kategori dan status", page);
        Assert.True(dashboard.PlansSubmitted >= 1 && dashboard.RequestsPosted >= 2, "the demo holds a submitted plan and two requests");
        // The per-regency table: Tanggamus with Bu Siti's open obstacle and no plan.
        Assert.Contains("Per kabupaten/kota", page);
        Assert.Contains("Terbuka Ditangani Selesai Diajukan Disetujui Selesai Diposting Terpenuhi", page);
        Assert.Contains("Kabupaten Tanggamus 1 0 0 0 0 0", page);
        Assert.DoesNotContain(text.WordsOutside(40, 40), w => w.Page == 3);
    }

    [Fact]
    public async Task Pdf_TanggamusReviewer_ShowsTanggamusFiguresOnly()
    {
        var dashboard = await DashboardAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus);
        using var text = new PdfText(await ExportAsync(ReportWorld.TanggamusReviewer, ReportWorld.Tanggamus, "pdf"));

        var page = text.PageTexts[2];
        Assert.Contains(ReportPdf.FieldworkHeading + " — Kabupaten Tanggamus", page);
        Assert.Contains("Regulasi 1 0 0 1", page);
        Assert.Contains($"Semua kategori {dashboard.Obstacles.Sum(o => o.Open)}", page);
        Assert.DoesNotContain("Per kabupaten/kota", page);
        Assert.DoesNotContain("Lampung Barat", text.All);
    }
}
