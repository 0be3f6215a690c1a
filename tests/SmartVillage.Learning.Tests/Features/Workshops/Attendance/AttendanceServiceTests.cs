using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Attendance;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Tests.Features.Workshops;
using UglyToad.PdfPig;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Workshops.Attendance;

public class AttendanceServiceTests(WorkshopWorld world) : IClassFixture<WorkshopWorld>
{
    private static readonly DateTimeOffset Start = WorkshopWorld.Start;

    /// <summary>A published three-day workshop with the first <paramref name="seated"/> officials registered.</summary>
    private async Task<(int Workshop, IReadOnlyList<int> Sessions)> WorkshopWithAsync(int seated)
    {
        var id = await world.PublishedWorkshopAsync();
        foreach (var official in world.Officials.Take(seated)) await world.Registrations().RegisterAsync(id, official.Id);
        return (id, await world.SessionIdsAsync(id));
    }

    private static string CodeAt(AttendanceService service, int sessionId, WorkshopWorld world) =>
        service.CodeAsync(sessionId, world.Hendra).GetAwaiter().GetResult().Code;

    [Fact]
    public async Task Roster_MarkAllPresentThenException_KeepsOthers()
    {
        var (_, sessions) = await WorkshopWithAsync(4);
        var clock = WorkshopWorld.ClockAt(Start.AddHours(1));
        var service = world.Attendance(clock);

        Assert.Equal(4, await service.MarkAllPresentAsync(sessions[0], world.Hendra));
        await service.MarkAsync(sessions[0], world.Officials[1].Id, AttendanceStatus.Excused, "Rapat desa", world.Hendra);
        Assert.Equal(0, await service.MarkAllPresentAsync(sessions[0], world.Hendra));

        var roster = await service.RosterAsync(sessions[0], world.Hendra);
        Assert.Equal(3, roster.Count(AttendanceStatus.Present));
        var izin = roster.Rows.Single(r => r.UserId == world.Officials[1].Id);
        Assert.Equal((AttendanceStatus.Excused, "Rapat desa"), (izin.Status, izin.Note));
        await Assert.ThrowsAsync<DomainException>(() => service.RosterAsync(sessions[0], world.Dewi));
    }

    [Fact]
    public async Task Roster_AfterSessionEnded_UnmarkedBecomeAlpa()
    {
        var (_, sessions) = await WorkshopWithAsync(3);
        var clock = WorkshopWorld.ClockAt(Start.AddHours(1));
        var service = world.Attendance(clock);
        await service.MarkAsync(sessions[0], world.Officials[0].Id, AttendanceStatus.Present, null, world.Hendra);

        Assert.Equal(2, (await service.RosterAsync(sessions[0], world.Hendra)).Unmarked);
        clock.Advance(TimeSpan.FromHours(7)); // 16.00 WIB: the session has ended
        var roster = await service.RosterAsync(sessions[0], world.Hendra);

        Assert.True(roster.HasEnded);
        Assert.Equal(0, roster.Unmarked);
        Assert.Equal(2, roster.Rows.Count(r => r is { Status: AttendanceStatus.Absent, Source: AttendanceSource.Auto }));
        var mine = (await world.Registrations(clock).MyRegistrationsAsync(world.Officials[1].Id)).Single(w => w.Sessions.Any(s => s.Id == sessions[0]));
        Assert.Equal(new AttendanceRate(0, 1), mine.Rate); // only the held session counts
    }

    [Fact]
    public async Task CheckIn_CurrentCode_Hadir_TwiceKeepsOneMark_LateAfterGrace()
    {
        var (_, sessions) = await WorkshopWithAsync(2);
        var clock = WorkshopWorld.ClockAt(Start.AddMinutes(-5));
        var service = world.Attendance(clock);

        var code = CodeAt(service, sessions[0], world);
        var first = await service.CheckInAsync(sessions[0], code, world.Officials[0].Id);
        var second = await service.CheckInAsync(sessions[0], code.ToLowerInvariant(), world.Officials[0].Id);
        clock.Advance(TimeSpan.FromMinutes(25)); // 20 minutes after the start, past the 15-minute grace
        var late = await service.CheckInByCodeAsync(CodeAt(service, sessions[0], world), world.Officials[1].Id);

        Assert.Equal((CheckInResult.Marked, AttendanceStatus.Present), (first.Result, first.Status));
        Assert.Equal(CheckInResult.AlreadyMarked, second.Result);
        Assert.Equal((CheckInResult.Marked, AttendanceStatus.Late), (late.Result, late.Status));
        Assert.Equal(1, await world.Database.QueryAsync(db => db.AttendanceMarks.CountAsync(m => m.SessionId == sessions[0] && m.UserId == world.Officials[0].Id)));
    }

    [Fact]
    public async Task CheckIn_Refusals_SayWhy()
    {
        var (_, sessions) = await WorkshopWithAsync(1);
        var clock = WorkshopWorld.ClockAt(Start.AddMinutes(10));
        var service = world.Attendance(clock);
        var official = world.Officials[0].Id;
        var stranger = world.Officials[^1].Id;

        var old = CodeAt(service, sessions[0], world);
        clock.Advance(TimeSpan.FromSeconds(61)); // two steps on
        var expired = await service.CheckInAsync(sessions[0], old, official);
        var notRegistered = await service.CheckInAsync(sessions[0], CodeAt(service, sessions[0], world), stranger);
        var future = await service.CheckInAsync(sessions[1], CodeAt(service, sessions[1], world), official);
        clock.Advance(TimeSpan.FromHours(8));
        var closed = await service.CheckInAsync(sessions[0], CodeAt(service, sessions[0], world), official);

        Assert.Equal(AttendanceService.ExpiredCode, expired.Message);
        Assert.Equal(AttendanceService.NotRegistered, notRegistered.Message);
        Assert.Contains("belum dibuka", future.Message);
        Assert.Contains("sudah ditutup", closed.Message);
        Assert.All([expired, notRegistered, future, closed], o => Assert.Equal(CheckInResult.Refused, o.Result));
    }

    [Fact]
    public async Task Sheet_Pdf_HoldsEveryRegistrantAndEachSessionDate()
    {
        var (workshop, sessions) = await WorkshopWithAsync(30);
        var service = world.Attendance(WorkshopWorld.ClockAt(Start.AddHours(1)));
        await service.MarkAllPresentAsync(sessions[0], world.Hendra);

        var sheet = await service.SheetAsync(workshop, world.Hendra);
        var pdf = AttendanceSheetDocuments.RenderPdf(sheet);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2); // 30 rows do not fit one landscape page; the header repeats
        var page1 = document.GetPage(1);
        Assert.True(page1.Width > page1.Height);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var official in world.Officials.Take(30))
            Assert.Contains(official.Name, text);
        foreach (var session in sheet.Sessions)
            Assert.Contains(AttendanceSheetDocuments.SessionDate(session), text);
        Assert.Contains("Aula PMD Kotabumi", text);
        Assert.Contains("Hendra Saputra", text);
        Assert.All(document.GetPages(), p => Assert.Contains(AttendanceSheetDocuments.SessionDate(sheet.Sessions[0]), p.Text));
    }

    [Fact]
    public async Task Sheet_Xlsx_ReadsBack()
    {
        var (workshop, sessions) = await WorkshopWithAsync(3);
        var service = world.Attendance(WorkshopWorld.ClockAt(Start.AddHours(1)));
        await service.MarkAllPresentAsync(sessions[0], world.Hendra);

        var xlsx = AttendanceSheetDocuments.RenderXlsx(await service.SheetAsync(workshop, world.Hendra));

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        var header = rows.Single(r => r.FirstOrDefault() == "No");
        Assert.Equal(3 + 4 + 3, header.Count);
        var body = rows.SkipWhile(r => r.FirstOrDefault() != "No").Skip(1).ToList();
        Assert.Equal(3, body.Count);
        Assert.All(body, r => Assert.Equal("Hadir", r[4]));
        Assert.All(world.Officials.Take(3), o => Assert.Contains(body, r => r[1] == o.Name));

        // One table under the bimtek's details: styled frozen header, widths, AutoFilter; the rate a percentage Excel computes with.
        XlsxSheets.AssertTable(document, AttendanceSheetDocuments.SheetName);
        var rate = XlsxSheets.CellUnder(document, AttendanceSheetDocuments.SheetName, "% hadir");
        Assert.Equal("0.0%", XlsxSheets.FormatCode(document, rate));
        Assert.Equal(1m, XlsxSheets.Number(rate));   // 1 of 1 session held so far: 100 %
        Assert.Equal("#,##0", XlsxSheets.FormatCode(document, XlsxSheets.CellUnder(document, AttendanceSheetDocuments.SheetName, "Sesi berlangsung")));
    }

    [Fact]
    public async Task ImportMarks_BadLines_ReportedWithNumbers_NothingWritten_ThenGoodFileApplies()
    {
        var (workshop, sessions) = await WorkshopWithAsync(2);
        var service = world.AttendanceImport(WorkshopWorld.ClockAt(Start.AddDays(1).AddHours(9)));
        var a = world.Officials[0].Phone;
        var b = world.Officials[1].Phone;
        var day1 = Start.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");
        var day2 = Start.AddDays(1).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");
        var day3 = Start.AddDays(2).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");

        var bad = $"phone,date,status,note\n{a},{day1},Hadir,\n{b},{day1},Bolos,\n{a},{day3},Hadir,\n081299999999,{day2},Hadir,\n";
        var failed = await service.ImportMarksAsync(workshop, new MemoryStream(Encoding.UTF8.GetBytes(bad)), world.Hendra);

        Assert.False(failed.Succeeded);
        Assert.Equal([3, 4, 5], failed.Errors.Select(e => e.Line).Distinct());
        Assert.Equal(0, await world.Database.QueryAsync(db => db.AttendanceMarks.CountAsync(m => sessions.Contains(m.SessionId))));

        var good = $"phone,date,status,note\n{a},{day1},H,\n{b},{day1},Izin,Sakit gigi\n{a},{day2},Terlambat,\n";
        var done = await service.ImportMarksAsync(workshop, new MemoryStream(Encoding.UTF8.GetBytes(good)), world.Hendra);

        Assert.True(done.Succeeded, string.Join("; ", done.Errors.Select(e => $"{e.Line}: {e.Message}")));
        Assert.Equal(3, done.Marked);
        var marks = await world.Database.QueryAsync(db => db.AttendanceMarks.Where(m => sessions.Contains(m.SessionId)).ToListAsync());
        Assert.Equal(3, marks.Count);
        Assert.All(marks, m => Assert.Equal(AttendanceSource.Import, m.Source));
    }
}
