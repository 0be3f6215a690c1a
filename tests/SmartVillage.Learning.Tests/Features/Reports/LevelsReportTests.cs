using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Features.Evaluations.Indicators;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Reports.Levels;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>
/// The four levels against data built by hand in an empty database: two officials of Tanggamus and one of Lampung Barat at
/// one bimtek, their evaluations, gains, mentors' confirmations and village indicators; every figure checked by hand.
/// </summary>
public sealed class LevelsReportTests : IAsyncLifetime
{
    private const string Tanggamus = "18.06", LampungBarat = "18.04";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);

    private TestDatabase database = default!;
    private readonly FakeTimeProvider clock = new(Now);
    private string a1 = "", a2 = "", b1 = "", villageA = "", villageB = "";

    private IDbContextFactory<LearningDbContext> Factory => database.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>();
    private EvaluationContent Content => new(Options.Create(new ContentOptions { Path = RepositoryPaths.Content }));

    private LevelsReportService Levels() => new(Factory, new EvaluationFigures(Factory, clock), new VillageIndicatorService(Factory, Content, clock),
        new MentoringFigures(Factory), clock);

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var db = await Factory.CreateDbContextAsync();
        villageA = await db.Villages.Where(v => v.DistrictCode.StartsWith(Tanggamus + ".")).OrderBy(v => v.Code).Select(v => v.Code).FirstAsync();
        villageB = await db.Villages.Where(v => v.DistrictCode.StartsWith(LampungBarat + ".")).OrderBy(v => v.Code).Select(v => v.Code).FirstAsync();
        a1 = Official(db, "a1", villageA);
        a2 = Official(db, "a2", villageA);
        b1 = Official(db, "b1", villageB);
        Official(db, "mentor", null);
        await db.SaveChangesAsync();

        // One bimtek ten days ago, all three present.
        var workshop = new Workshop("Bimtek Empat Level", "MP", Tanggamus, 30, null, Now.AddDays(-60));
        workshop.Describe("Bimtek Empat Level", "MP", null, Tanggamus, "Kota Agung", null, 30, null, null, 80, Now.AddDays(-60));
        var session = workshop.AddSession(Now.AddDays(-10), Now.AddDays(-10).AddHours(8), "Hari 1", 8, Now.AddDays(-60));
        workshop.Publish(Now.AddDays(-60));
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        var seat = 0;
        foreach (var official in new[] { a1, a2, b1 })
        {
            var registration = new Registration(workshop.Id, official, null, Now.AddDays(-55));
            registration.TakeSeat(++seat, Now.AddDays(-55));
            db.Registrations.Add(registration);
            db.AttendanceMarks.Add(new AttendanceMark(session.Id, official, AttendanceStatus.Present, null, AttendanceSource.Roster, null, session.StartsAt));
        }
        await db.SaveChangesAsync();
        await RegistrationAttendance.RecountAsync(db, null, default);

        // Reaction: a1 answers 5 to every statement, b1 answers 3; a2 does not answer.
        var evaluations = new EvaluationService(Factory, new EvaluationTemplates(Factory, Content, clock), clock);
        foreach (var (official, score) in new[] { (a1, 5), (b1, 3) })
        {
            var me = Actor.Official(official);
            var form = await evaluations.OpenAsync(me, EvaluationSubject.Workshop, workshop.Id);
            foreach (var q in form.Questions.Where(q => q.Kind == EvaluationItemKind.Likert)) await evaluations.SaveAnswerAsync(me, form.EvaluationId, q.Id, score, null);
            await evaluations.SubmitAsync(me, form.EvaluationId);
        }

        // Learning: gains of +20 and +40 in Tanggamus, +10 in Lampung Barat.
        var course = await db.Courses.Select(c => c.Id).FirstAsync();
        foreach (var (official, pre, post) in new[] { (a1, 40m, 60m), (a2, 30m, 70m), (b1, 50m, 60m) })
        {
            var gain = new OfficialLearningGain(official, course);
            gain.Update(LearningGain.Of(pre, post), Now.AddDays(-40));
            db.LearningGains.Add(gain);
        }

        // Behaviour: a1 Menengah and a2 Dasar confirmed; b1's confirmation withdrawn (does not count).
        var area = await db.CompetencyAreas.Select(x => x.Code).FirstAsync();
        db.CompetencyConfirmations.Add(new CompetencyConfirmation(a1, area, CompetencyLevel.Intermediate, "mentor", "menyusun RAB sendiri dengan rapi", Now.AddDays(-10)));
        db.CompetencyConfirmations.Add(new CompetencyConfirmation(a2, area, CompetencyLevel.Basic, "mentor", "membaca laporan realisasi APBDes", Now.AddDays(-10)));
        var withdrawn = new CompetencyConfirmation(b1, area, CompetencyLevel.Advanced, "mentor", "memimpin musyawarah perencanaan", Now.AddDays(-10));
        withdrawn.Withdraw("mentor", Now.AddDays(-5));
        db.CompetencyConfirmations.Add(withdrawn);

        // Results: Tanggamus' village has its website confirmed (SID only recorded); Lampung Barat's confirmed "not achieved".
        var website = new VillageIndicatorRecord(villageA, Tanggamus, 2026, "situs-web", true, null, a1, Now.AddDays(-3));
        website.Confirm("mentor", Now.AddDays(-2));
        var notYet = new VillageIndicatorRecord(villageB, LampungBarat, 2026, "situs-web", false, null, b1, Now.AddDays(-3));
        notYet.Confirm("mentor", Now.AddDays(-2));
        db.VillageIndicatorRecords.AddRange(website, notYet, new VillageIndicatorRecord(villageA, Tanggamus, 2026, "sid", true, null, a2, Now.AddDays(-3)));
        await db.SaveChangesAsync();
    }

    private static string Official(LearningDbContext db, string id, string? village)
    {
        db.Users.Add(new ApplicationUser
        {
            Id = id, UserName = id, NormalizedUserName = id.ToUpperInvariant(), FullName = id, VillageCode = village,
            Position = village is null ? null : OfficialPosition.FinanceAffairsHead, CreatedAt = Now.AddDays(-100),
        });
        return id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Province_FourLevelsPerRegency_AndTheirTotal_MatchTheHandBuiltData()
    {
        var report = await Levels().ReportAsync(Actor.Admin("admin"), null, 2026);

        Assert.Equal(15, report.Regencies.Count);
        var t = report.Regencies.Single(r => r.Code == Tanggamus);
        var l = report.Regencies.Single(r => r.Code == LampungBarat);
        Assert.Equal(2, t.Officials);
        Assert.Equal(5.00m, t.ReactionMean);
        Assert.Equal((1, 2, 50.0m), (t.Responses, t.Eligible, t.ResponseRate));
        Assert.Equal(3.00m, l.ReactionMean);
        Assert.Equal(100.0m, l.ResponseRate);
        Assert.Equal((30.0m, 2), (t.GainMean, t.GainCount));
        Assert.Equal(10.0m, l.GainMean);
        Assert.Equal(2, t.ConfirmedOfficials);
        Assert.Equal([0, 1, 1, 0], t.ConfirmationsByLevel);
        Assert.Equal(0, l.ConfirmedOfficials);
        Assert.Equal(1, t.VillagesConfirmed);
        Assert.Equal(1, t.IndicatorVillages["situs-web"]);
        Assert.False(t.IndicatorVillages.ContainsKey("sid"));
        Assert.Equal(0, l.VillagesConfirmed);
        var villages = await database.QueryAsync(db => db.Villages.CountAsync(v => v.DistrictCode.StartsWith(Tanggamus + ".")));
        Assert.Equal(villages, t.Villages);

        var p = report.Total;
        Assert.Equal(4.00m, p.ReactionMean);
        Assert.Equal(66.7m, p.ResponseRate);
        Assert.Equal(23.3m, p.GainMean);
        Assert.Equal(2, p.ConfirmedOfficials);
        Assert.Equal(1, p.VillagesConfirmed);
    }

    [Fact]
    public async Task TanggamusReviewer_ReadsTanggamusOnly_AnotherRegencyAndOfficialsRefused()
    {
        var rina = Actor.Reviewer("rina", Tanggamus);

        var own = await Levels().ReportAsync(rina, null, 2026);
        var other = await Assert.ThrowsAsync<DomainException>(() => Levels().ReportAsync(rina, LampungBarat, 2026));
        await Assert.ThrowsAsync<DomainException>(() => Levels().ReportAsync(Actor.Official(a1), null, 2026));

        Assert.Equal(Tanggamus, Assert.Single(own.Regencies).Code);
        Assert.Equal(5.00m, own.Total.ReactionMean);
        Assert.Contains("hanya dapat membuka laporan wilayah itu", other.Message);
    }

    [Fact]
    public async Task Xlsx_OneSheet_OneRowPerRegency_FiguresAsOnThePage()
    {
        var report = await Levels().ReportAsync(Actor.Reviewer("ahmad"), null, 2026);

        using var document = SpreadsheetDocument.Open(new MemoryStream(LevelsXlsx.Render(report)), false);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>());
        Assert.Equal(LevelsXlsx.Sheet, sheet.Name!.Value);
        var rows = XlsxSheets.Rows(document, LevelsXlsx.Sheet);
        var headers = rows[0];
        var tanggamus = rows.Single(r => r.Count > 0 && r[0] == Tanggamus);
        Assert.Equal(5m, Number(tanggamus, headers, "1 Reaksi: rata-rata evaluasi (1–5)"));
        Assert.Equal(0.5m, Number(tanggamus, headers, "1 Reaksi: tingkat respons"));   // 50 %, a number Excel computes with
        Assert.Equal(30m, Number(tanggamus, headers, "2 Pembelajaran: rata-rata kenaikan (poin)"));
        Assert.Equal(2m, Number(tanggamus, headers, "3 Perilaku: aparatur dikonfirmasi pendamping"));
        Assert.Equal(1m, Number(tanggamus, headers, "4 Hasil: Situs web desa aktif"));
        Assert.Equal(1 + 15, rows.TakeWhile(r => r.Count > 0).Count());

        // A table a governor's office can sort: styled frozen header, widths, filter over the regencies only, formats.
        XlsxSheets.AssertTable(document, LevelsXlsx.Sheet);
        var filter = XlsxSheets.Part(document, LevelsXlsx.Sheet).Worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>()!;
        Assert.Matches(@"^A1:[A-Z]+16$", filter.Reference!.Value);   // the header and the 15 regencies
        Assert.Equal(report.Total.Officials.ToString(), rows[17][headers.IndexOf("Aparatur")]);             // the total, under the filter
        var row = rows.IndexOf(tanggamus) - 1;
        Assert.Equal("0.0%", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, LevelsXlsx.Sheet, "1 Reaksi: tingkat respons", row)));
        Assert.Equal("0.00", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, LevelsXlsx.Sheet, "1 Reaksi: rata-rata evaluasi (1–5)", row)));
        Assert.Equal("0.0", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, LevelsXlsx.Sheet, "2 Pembelajaran: rata-rata kenaikan (poin)", row)));
        Assert.Equal("#,##0", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, LevelsXlsx.Sheet, "Aparatur", row)));
    }

    private static decimal Number(List<string> row, List<string> headers, string header) =>
        decimal.Parse(row[headers.IndexOf(header)], System.Globalization.CultureInfo.InvariantCulture);
}
