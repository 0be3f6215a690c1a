using Bunit;
using SmartVillage.Domain.Regions;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>The dashboard's charts as a reviewer reads them on a phone: names and figures in words, largest first.</summary>
public class ReportChartsTests : MudTestContext
{
    public ReportChartsTests() => ComponentFactories.AddStub<ReportDemographics>();

    private static RegionFigures Regency(string code, string name, int officials, int completed) =>
        new() { Code = code, Name = name, Officials = officials, Completed = completed };

    private static RegionReport Province()
    {
        var total = new RegionFigures { Code = "18", Name = "Provinsi Lampung", Officials = 400 };
        total.Competency["MP"] = [0, 30, 10, 2];
        total.Competency["TD"] = [0, 100, 40, 20];
        total.Competency["KE"] = [0, 1, 0, 0];
        return new RegionReport(RegionLevel.Province, null, "Provinsi Lampung", "Kabupaten/Kota", [], total,
            [Regency("18.01", "Kabupaten Lampung Barat", 100, 10), Regency("18.71", "Kota Bandar Lampung", 100, 55),
             Regency("18.06", "Kabupaten Tanggamus", 100, 1), Regency("18.02", "Kabupaten Tanggamus Baru", 0, 0)],
            [new AreaHeading("MP", "Manajemen Proyek"), new AreaHeading("TD", "Teknologi Digital"), new AreaHeading("KE", "Komunikasi Efektif")]);
    }

    [Fact]
    public void CompletionChart_RegenciesSortedByValue_WithTheirNamesAndFiguresInWords()
    {
        var chart = Render<ReportCharts>(p => p.Add(c => c.Report, Province())).Find("[data-testid=completion-chart]");

        Assert.Equal(["Bandar Lampung", "Lampung Barat", "Tanggamus", "Tanggamus Baru"], chart.QuerySelectorAll("[data-testid=chart-label]").Select(e => e.TextContent));
        Assert.Equal(["55%", "10%", "1%", "—"], chart.QuerySelectorAll("[data-testid=chart-value]").Select(e => e.TextContent));
    }

    [Fact]
    public void CompletionChart_ASmallValue_StillShowsABarAndItsNumber()
    {
        var chart = Render<ReportCharts>(p => p.Add(c => c.Report, Province())).Find("[data-testid=completion-chart]");

        var tanggamus = chart.QuerySelectorAll("[data-testid=chart-bar]")[2];
        Assert.Equal("1%", tanggamus.QuerySelector("[data-testid=chart-value]")!.TextContent);
        Assert.Equal("width:1%", tanggamus.QuerySelector(".sv-bars-fill")!.GetAttribute("style"));
        Assert.Equal("true", tanggamus.QuerySelector(".sv-bars-track")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void CompetencyChart_AreasSortedByShareWithALevel_WithTheCountPerLevel()
    {
        var chart = Render<ReportCharts>(p => p.Add(c => c.Report, Province())).Find("[data-testid=competency-chart]");

        Assert.Equal(["Teknologi Digital", "Manajemen Proyek", "Komunikasi Efektif"], chart.QuerySelectorAll("[data-testid=chart-label]").Select(e => e.TextContent));
        Assert.Equal(["40%", "10,5%", "0,3%"], chart.QuerySelectorAll("[data-testid=chart-value]").Select(e => e.TextContent));
        Assert.Contains("Dasar 100 · Menengah 40 · Mahir 20", chart.TextContent);
    }
}
