using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.EndToEnd.Tests.Features.Reports;

/// <summary>
/// Every Excel file the app offers, got by pressing its button at 360 px as reviewers and trainers do, then opened: each
/// sheet a table with a styled header frozen at the top, column widths and an AutoFilter (summary sheets too), its
/// numbers as numbers with formats and no "—" (XlsxSheets.AssertTable, the checker the service tests use).
/// </summary>
public sealed class WorkbookDownloadTests(AppFixture app) : BrowserTest(app)
{
    private const string KotaAgungBimtek = "Bimtek Pelayanan Publik Digital — Kota Agung";
    private const string ApbdesCourse = "Pengelolaan APBDes dengan Siskeudes";

    [Fact]
    public async Task CompetencyReport_ProvinceReviewer_PressesUnduhXlsx_EverySheetIsAFilteredTableWithFormats()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);
        await Page.GotoAsync("/reports");

        using var workbook = await PressAsync(Page.GetByTestId("export-xlsx"));

        Assert.Equal("0.0%", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Kabupaten", "% ikut kursus")));
        Assert.Equal("#,##0", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Kabupaten", "Aparatur")));
    }

    [Fact]
    public async Task FourLevels_ProvinceReviewer_PressesUnduhXlsx_TheSheetIsAFilteredTableWithFormats()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProvinceReviewer);
        await Page.GotoAsync("/reports/levels");

        using var workbook = await PressAsync(Page.GetByTestId("levels-xlsx"));

        Assert.Equal("0.0%", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Empat level", "1 Reaksi: tingkat respons")));
        Assert.Equal("0.00", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Empat level", "1 Reaksi: rata-rata evaluasi (1–5)")));
    }

    [Fact]
    public async Task EvaluationResults_Trainer_PressesUnduhXlsx_EverySheetIsAFilteredTableWithFormats()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/evaluations");
        await Page.GetByTestId("evaluation-row").Filter(new() { HasText = KotaAgungBimtek }).GetByRole(AriaRole.Link).First.ClickAsync();

        using var workbook = await PressAsync(Page.GetByTestId("evaluation-xlsx"));

        Assert.Equal("0.00", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Hasil per butir", "Rata-rata")));
    }

    [Fact]
    public async Task QuizResults_Trainer_PressesUnduhExcel_BothSheetsAreFilteredTablesWithFormats()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring");
        await Page.GetByTestId("authored-course").Filter(new() { HasText = ApbdesCourse }).ClickAsync();
        await Page.GetByTestId("course-results").ClickAsync();

        using var workbook = await PressAsync(Page.GetByTestId("results-xlsx"));

        Assert.Equal("0.0%", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Statistik soal", "% benar penuh")));
    }

    [Fact]
    public async Task AttendanceSheet_Trainer_PressesExcel_TheSheetIsAFilteredTableWithFormats()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/trainer/workshops");
        await Page.GetByTestId("trainer-workshop-title").Filter(new() { HasText = KotaAgungBimtek }).ClickAsync();

        using var workbook = await PressAsync(Page.GetByTestId("sheet-xlsx"));

        Assert.Equal("0.0%", XlsxSheets.FormatCode(workbook, XlsxSheets.CellUnder(workbook, "Daftar hadir", "% hadir")));
    }

    /// <summary>Presses the button, opens the saved file, and checks every sheet is the table an exported sheet must be.</summary>
    private async Task<SpreadsheetDocument> PressAsync(ILocator button)
    {
        // Pressed once the circuit took over the prerendered page, not while it swaps the button under the pointer.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var file = await BrowserDownload.PressAsync(Page, button);
        Assert.EndsWith(".xlsx", file.Name);
        var workbook = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var sheets = XlsxSheets.SheetNames(workbook);
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets) XlsxSheets.AssertTable(workbook, sheet);
        return workbook;
    }
}
