using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Cli;

[Collection(CliCollection.Name)]
public class ReportVerbTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<(int Exit, string Out, string Err)> RunAsync(string environmentName, params string[] args) =>
        CliHarness.RunAsync(database, environmentName, args);

    [Fact]
    public async Task SeedSynthetic_InProduction_IsRefusedAndCreatesNoUser()
    {
        var (exit, _, stderr) = await RunAsync("Production", "seed", "synthetic", "--villages", "3", "--officials-per-village", "2", "--seed", "1");

        Assert.NotEqual(0, exit);
        Assert.Contains("refused in Production", stderr);
        Assert.Equal(0, await database.CountUsersAsync());
    }

    [Fact]
    public async Task ReportRefresh_RebuildsTheStoredEvidence_SoTheDashboardShowsLevelsAgain()
    {
        Assert.Equal(0, (await RunAsync("Development", "seed", "synthetic", "--villages", "12", "--officials-per-village", "4", "--seed", "3")).Exit);
        var seeded = await database.QueryAsync(db => db.EarnedEvidence.CountAsync());
        Assert.True(seeded > 0);
        await database.QueryAsync(db => db.EarnedEvidence.ExecuteDeleteAsync());

        var (exit, stdout, stderr) = await RunAsync("Development", "report", "refresh");

        Assert.True(exit == 0, stderr);
        Assert.Contains(seeded.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " rows", stdout);
        Assert.Equal(seeded, await database.QueryAsync(db => db.EarnedEvidence.CountAsync()));
    }

    [Fact]
    public async Task SeedSynthetic_SameSeed_SameData_ThenReportWritesAnXlsxPerRegency()
    {
        var (exit, stdout, stderr) = await RunAsync("Development", "seed", "synthetic", "--villages", "30", "--officials-per-village", "4", "--seed", "5");
        Assert.True(exit == 0, stderr);
        Assert.Contains("30 villages, 120 officials", stdout);
        var first = await Fingerprint(database);

        await using (var other = await TestDatabase.CreateAsync())
        {
            Assert.Equal(0, (await CliHarness.RunAsync(other, "Development", "seed", "synthetic", "--villages", "30", "--officials-per-village", "4", "--seed", "5")).Exit);
            Assert.Equal(first, await Fingerprint(other));
        }

        var again = await RunAsync("Development", "seed", "synthetic", "--villages", "30", "--officials-per-village", "4", "--seed", "5");
        Assert.NotEqual(0, again.Exit);
        Assert.Contains("sudah ada", again.Err);

        var file = Path.Combine(database.Folder, "laporan.xlsx");
        var report = await RunAsync("Development", "report", "competency", "--format", "xlsx", "--out", file);
        Assert.True(report.Exit == 0, report.Err);
        using var document = SpreadsheetDocument.Open(file, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Kabupaten");
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Row>().Count();
        Assert.Equal(1 + 15, rows);
    }

    [Fact]
    public async Task ReportCompetency_UnknownFormat_IsAUsageError()
    {
        var (exit, _, stderr) = await RunAsync("Development", "report", "competency", "--format", "docx", "--out", Path.Combine(database.Folder, "x.docx"));

        Assert.Equal(2, exit);
        Assert.Contains("xlsx, pdf or csv", stderr);
    }

    private static Task<string> Fingerprint(TestDatabase db) => db.QueryAsync(async c =>
        string.Join("|", await c.Users.Where(u => u.Email!.EndsWith("@synthetic.test")).OrderBy(u => u.Id)
            .Select(u => u.Id + u.VillageCode + u.Position + u.Gender + u.FullName).ToListAsync())
        + $"#{await c.Enrollments.CountAsync()}#{await c.LessonCompletions.CountAsync()}#{await c.AttendanceMarks.CountAsync()}"
        + string.Join(",", await c.AttendanceMarks.OrderBy(m => m.Id).Select(m => m.Status).Take(200).ToListAsync()));
}
