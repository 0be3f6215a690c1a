using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

/// <summary>
/// A mentor confirms an official's level through the service the panel calls, on a demo-seeded SQLite file: the official's
/// profile and the dashboard follow at once; withdrawing takes it back; racing confirms leave one; everyone else is refused.
/// Each test uses its own official or area, since the class shares one database.
/// </summary>
public class CompetencyConfirmationServiceTests(MentoringWorld world) : IClassFixture<MentoringWorld>
{
    private const string Note = "Menyusun RAB tiga kegiatan sendiri tanpa dibantu.";
    private static readonly Actor ReportAdmin = new("admin", IsAdmin: true, IsReviewer: false, ReviewerRegencyCode: null);

    private static CompetencyConfirmationForm Form(string area, CompetencyLevel level, string note = Note) => new() { AreaCode = area, Level = level, Note = note };

    [Fact]
    public async Task Confirm_ByTheOfficialsMentor_ShowsInTheProfileWithTheMentorsName_AndOnTheDashboard()
    {
        const string area = "komunikasi-efektif";
        var service = world.Confirmations();

        await service.ConfirmAsync(world.Maria, world.Andi.UserId, Form(area, CompetencyLevel.Advanced));

        var profile = await ProfileAsync(world.Andi.UserId);
        var inArea = profile.Areas.Single(a => a.Code == area);
        Assert.Equal(CompetencyLevel.Advanced, inArea.Level);
        var evidence = Assert.Single(inArea.Evidence, e => e.Kind == EvidenceKind.MentorConfirmed);
        Assert.Equal(CompetencyLevel.Advanced, evidence.Shows);
        Assert.Contains("Maria Lestari", evidence.Description);
        Assert.Contains(Note, evidence.Description);
        Assert.Empty(profile.PendingKinds);
        Assert.Equal(CompetencyLevel.Advanced, await DashboardLevelAsync(world.Andi.UserId, area));

        var panel = await service.ListAsync(world.Maria, world.Andi.UserId);
        var row = panel.Areas.Single(a => a.Code == area);
        Assert.Equal(CompetencyLevel.Advanced, row.Level);
        Assert.Equal("Maria Lestari", row.Active!.MentorName);
    }

    [Fact]
    public async Task Withdraw_TakesTheLevelBack_FromTheProfileAndTheDashboard_AndKeepsItInTheHistory()
    {
        const string area = "literasi-digital";
        var service = world.Confirmations();
        var before = await DashboardLevelAsync(world.Rohmah.UserId, area);
        var id = await service.ConfirmAsync(world.Maria, world.Rohmah.UserId, Form(area, CompetencyLevel.Advanced));
        Assert.Equal(CompetencyLevel.Advanced, await DashboardLevelAsync(world.Rohmah.UserId, area));

        await service.WithdrawAsync(world.Maria, id);

        Assert.DoesNotContain((await ProfileAsync(world.Rohmah.UserId)).Areas.Single(a => a.Code == area).Evidence, e => e.Kind == EvidenceKind.MentorConfirmed);
        Assert.Equal(before, await DashboardLevelAsync(world.Rohmah.UserId, area));
        var panel = await service.ListAsync(world.Maria, world.Rohmah.UserId);
        Assert.Null(panel.Areas.Single(a => a.Code == area).Active);
        var withdrawn = Assert.Single(panel.History, h => h.Id == id);
        Assert.False(withdrawn.IsActive);
        Assert.Equal("Maria Lestari", withdrawn.WithdrawnByName);

        var again = await Assert.ThrowsAsync<DomainException>(() => service.WithdrawAsync(world.Maria, id));
        Assert.Equal(CompetencyConfirmation.AlreadyWithdrawnMessage, again.Message);
    }

    [Fact]
    public async Task ConfirmAgain_ReplacesThePrevious_OneActiveConfirmationAndOnePieceOfEvidence()
    {
        const string area = "manajemen-proyek";
        var service = world.Confirmations();
        var first = await service.ConfirmAsync(world.Maria, world.Slamet.UserId, Form(area, CompetencyLevel.Advanced));

        var second = await service.ConfirmAsync(world.Maria, world.Slamet.UserId, Form(area, CompetencyLevel.Basic, "Baru bisa membaca RAB, belum menyusun sendiri."));

        var rows = await world.Database.QueryAsync(db => db.CompetencyConfirmations.AsNoTracking()
            .Where(c => c.OfficialId == world.Slamet.UserId && c.AreaCode == area).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([first, second], rows.Select(r => r.Id));
        Assert.False(rows[0].IsActive);
        Assert.True(rows[1].IsActive);
        var evidence = Assert.Single((await ProfileAsync(world.Slamet.UserId)).Areas.Single(a => a.Code == area).Evidence, e => e.Kind == EvidenceKind.MentorConfirmed);
        Assert.Equal(CompetencyLevel.Basic, evidence.Shows);
        Assert.Equal(1, await world.Database.QueryAsync(db => db.EarnedEvidence.CountAsync(e =>
            e.UserId == world.Slamet.UserId && e.AreaCode == area && e.Kind == EvidenceKind.MentorConfirmed)));
    }

    [Fact]
    public async Task RacingConfirms_LeaveOneActiveConfirmation()
    {
        const string area = "pengelolaan-sistem-informasi-desa";
        var levels = new[] { CompetencyLevel.Basic, CompetencyLevel.Intermediate, CompetencyLevel.Advanced };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            world.Confirmations().ConfirmAsync(world.Maria, world.Slamet.UserId, Form(area, levels[i % 3], $"{Note} Catatan {i}.")))));

        var rows = await world.Database.QueryAsync(db => db.CompetencyConfirmations.AsNoTracking()
            .Where(c => c.OfficialId == world.Slamet.UserId && c.AreaCode == area).ToListAsync());
        Assert.Equal(8, rows.Count);
        var active = Assert.Single(rows, r => r.IsActive);
        var stored = await world.Database.QueryAsync(db => db.EarnedEvidence.AsNoTracking()
            .Where(e => e.UserId == world.Slamet.UserId && e.AreaCode == area && e.Kind == EvidenceKind.MentorConfirmed).ToListAsync());
        Assert.Equal(active.Id, Assert.Single(stored).SourceId);
    }

    [Fact]
    public async Task AVillageMentor_AndAnAdmin_MayConfirm()
    {
        var service = world.Confirmations();

        await service.ConfirmAsync(world.Yusuf, world.Dwi.UserId, Form("komunikasi-efektif", CompetencyLevel.Intermediate));
        await service.ConfirmAsync(world.Admin, world.Dwi.UserId, Form("literasi-digital", CompetencyLevel.Basic));

        var panel = await service.ListAsync(world.Admin, world.Dwi.UserId);
        Assert.Equal("Yusuf Hidayat", panel.Areas.Single(a => a.Code == "komunikasi-efektif").Active!.MentorName);
        Assert.Equal(CompetencyLevel.Basic, panel.Areas.Single(a => a.Code == "literasi-digital").Active!.Level);
    }

    [Fact]
    public async Task EveryoneElse_IsRefused_OnConfirmListAndWithdraw_AndNothingChanges()
    {
        const string area = "pengelolaan-keuangan-desa";
        var service = world.Confirmations();
        var id = await service.ConfirmAsync(world.Maria, world.Andi.UserId, Form(area, CompetencyLevel.Intermediate));
        var hendra = await world.Database.QueryAsync(db => db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleAsync());
        var trainer = new Actor(hendra, false, false, false, false);
        var others = new (Actor Who, string Message)[]
        {
            (world.Yusuf, MentoringAccess.RefusedMessage),                        // another mentor
            (world.Andi, CompetencyConfirmationService.RefusedMessage),           // the official himself
            (world.Rohmah, CompetencyConfirmationService.RefusedMessage),         // another official
            (world.ProvinceReviewer, CompetencyConfirmationService.RefusedMessage),
            (world.TanggamusReviewer, CompetencyConfirmationService.RefusedMessage),
            (trainer, CompetencyConfirmationService.RefusedMessage),
        };

        foreach (var (who, message) in others)
        {
            Assert.Equal(message, (await Assert.ThrowsAsync<DomainException>(() => service.ConfirmAsync(who, world.Andi.UserId, Form(area, CompetencyLevel.Advanced)))).Message);
            Assert.Equal(message, (await Assert.ThrowsAsync<DomainException>(() => service.ListAsync(who, world.Andi.UserId))).Message);
            Assert.Equal(message, (await Assert.ThrowsAsync<DomainException>(() => service.WithdrawAsync(who, id))).Message);
        }

        var rows = await world.Database.QueryAsync(db => db.CompetencyConfirmations.AsNoTracking().Where(c => c.OfficialId == world.Andi.UserId && c.AreaCode == area).ToListAsync());
        var only = Assert.Single(rows);
        Assert.True(only.IsActive);
        Assert.Equal(CompetencyLevel.Intermediate, only.Level);
        Assert.Equal(CompetencyLevel.Intermediate, await DashboardLevelAsync(world.Andi.UserId, area));
    }

    [Fact]
    public async Task Confirm_WithoutANoteOrForAnUnknownArea_IsRefusedInIndonesian()
    {
        var service = world.Confirmations();

        var noNote = await Assert.ThrowsAsync<DomainException>(() => service.ConfirmAsync(world.Maria, world.Rohmah.UserId, Form("manajemen-proyek", CompetencyLevel.Basic, "  ")));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => service.ConfirmAsync(world.Maria, world.Rohmah.UserId, Form("berkebun", CompetencyLevel.Basic)));

        Assert.Equal(CompetencyConfirmation.NoteRequiredMessage, noNote.Message);
        Assert.Equal(CompetencyConfirmationService.AreaNotFoundMessage, unknown.Message);
        Assert.Equal(0, await world.Database.QueryAsync(db => db.CompetencyConfirmations.CountAsync(c => c.OfficialId == world.Rohmah.UserId && c.AreaCode == "manajemen-proyek")));
    }

    private Task<CompetencyProfile> ProfileAsync(string official) =>
        world.Database.InScopeAsync<CompetencyProfileService, CompetencyProfile>(s => s.ForAsync(official));

    private async Task<CompetencyLevel?> DashboardLevelAsync(string official, string area)
    {
        var village = await world.Database.QueryAsync(db => db.Users.Where(u => u.Id == official).Select(u => u.VillageCode!).SingleAsync());
        var report = await world.Database.InScopeAsync<CompetencyReportService, VillageReport>(s => s.VillageAsync(ReportAdmin, village, ReportFilter.None));
        return report.Officials.Single(o => o.Figures.Code == official).Levels[area];
    }
}
