using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Tests.Features.Competencies;

/// <summary>
/// The dashboard reads levels from the stored evidence; these tests go through the services the pages call (resolved
/// from the app's own container, so the hooks are wired as in production) and check the dashboard follows each change
/// and agrees with "Kompetensi saya", which reads the facts live.
/// </summary>
public class EarnedEvidenceTests
{
    private const string DigitalArea = "literasi-digital";
    private const string DigitalCourse = "layanan-publik-digital";
    private static readonly Actor Admin = new("admin", IsAdmin: true, IsReviewer: false, ReviewerRegencyCode: null);

    [Fact]
    public async Task CompletingEveryLesson_ShowsDasarOnTheDashboard_TheSameAsTheProfile()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (official, village) = await NewOfficialAsync(database);
        Assert.Null(await DashboardLevelAsync(database, village, official, DigitalArea));

        var lessons = await database.QueryAsync(db => db.Lessons.Where(l => db.Courses.Any(c => c.Id == l.CourseId && c.Slug == DigitalCourse)).Select(l => l.Id).ToListAsync());
        await database.InScopeAsync<LearningService, EnrollOutcome>(s => s.SelfEnrollAsync(official, DigitalCourse));
        foreach (var lesson in lessons.SkipLast(1)) await database.InScopeAsync<LearningService, CourseProgress>(s => s.MarkCompleteAsync(official, lesson));
        Assert.Null(await DashboardLevelAsync(database, village, official, DigitalArea));   // not complete yet

        await database.InScopeAsync<LearningService, CourseProgress>(s => s.MarkCompleteAsync(official, lessons[^1]));

        Assert.Equal(CompetencyLevel.Basic, await DashboardLevelAsync(database, village, official, DigitalArea));
        Assert.Equal(CompetencyLevel.Basic, await ProfileLevelAsync(database, official, DigitalArea));
    }

    [Fact]
    public async Task AGradedPostTest_AtTheMappingsScore_ShowsMahir_OneBelowShowsNothing()
    {
        // "literasi-digital" maps layanan-publik-digital's post-test at Mahir from 85. The reactions to a grade run in this order
        // (resolved from the app's container): the gain recorder stores the outcome, certificates, then the evidence trigger.
        await using var database = await TestDatabase.CreateAsync();
        var (passer, village) = await NewOfficialAsync(database);
        var (failer, _) = await NewOfficialAsync(database);
        var (courseId, quizId) = await database.QueryAsync(db => db.Quizzes
            .Where(q => q.Purpose == QuizPurpose.PostTest && db.Courses.Any(c => c.Id == q.CourseId && c.Slug == DigitalCourse))
            .Select(q => new ValueTuple<int, int>(q.CourseId, q.Id)).SingleAsync());
        using (var scope = database.Services.CreateScope())
        {
            var handlers = DomainEventDispatcher.HandlersOf<QuizGraded>(scope.ServiceProvider).Select(h => h.GetType()).ToList();
            Assert.Equal([typeof(SmartVillage.Learning.Features.Assessments.LearningGains.LearningGainRecorder), typeof(CertificateTriggers), typeof(EarnedEvidenceTriggers)], handlers);
        }

        foreach (var (official, score) in new[] { (passer, 85m), (failer, 84.5m) })
        {
            await using (var db = database.CreateContext())
            {
                var gain = new OfficialLearningGain(official, courseId);
                gain.Update(LearningGain.Of(40, score), DateTimeOffset.UtcNow);
                db.LearningGains.Add(gain);
                await db.SaveChangesAsync();
            }
            await database.Services.GetRequiredService<EarnedEvidenceTriggers>().OnQuizGradedAsync(official, quizId);
        }

        Assert.Equal(CompetencyLevel.Advanced, await DashboardLevelAsync(database, village, passer, DigitalArea));
        Assert.Equal(CompetencyLevel.Advanced, await ProfileLevelAsync(database, passer, DigitalArea));
        Assert.Null(await DashboardLevelAsync(database, village, failer, DigitalArea));
    }

    [Fact]
    public async Task RevokingACertificate_RemovesItFromTheStoredEvidence_AndTheDashboardStillAgreesWithTheProfile()
    {
        await using var database = await DemoDatabaseAsync();
        var holder = await database.FindByPhoneAsync(DemoWorkshops.CertifiedPhones[0]);
        var code = await database.QueryAsync(db => db.Certificates.Where(c => c.UserId == holder!.Id && c.Status == CertificateStatus.Valid)
            .Select(c => c.VerificationCode).SingleAsync());
        Assert.True(await HasCertificateEvidenceAsync(database, holder!.Id));

        var adminId = (await database.QueryAsync(db => db.Users.Where(u => u.Email == "admin@smartvillage.test").Select(u => u.Id).SingleAsync()));
        await database.InScopeAsync<CertificateService, bool>(async s =>
        {
            await s.RevokeAsync(code, "Nama peserta keliru", Actor.Admin(adminId));
            return true;
        });

        Assert.False(await HasCertificateEvidenceAsync(database, holder.Id));
        // The bimtek was still attended in full: attendance keeps Menengah, which the profile (read live) says too.
        foreach (var area in await database.QueryAsync(db => db.CompetencyAreas.Select(a => a.Code).ToListAsync()))
            Assert.Equal(await ProfileLevelAsync(database, holder.Id, area), await DashboardLevelAsync(database, holder.VillageCode!, holder.Id, area));
        Assert.Equal(CompetencyLevel.Intermediate, await DashboardLevelAsync(database, holder.VillageCode!, holder.Id, DigitalArea));
    }

    [Fact]
    public async Task ALostCopy_IsRepairedByTheRebuild_AndRacingRefreshesLeaveOneCopy()
    {
        await using var database = await DemoDatabaseAsync();
        var holder = await database.FindByPhoneAsync(DemoWorkshops.CertifiedPhones[1]);
        var before = await RowsAsync(database, holder!.Id);
        Assert.NotEmpty(before);

        await database.QueryAsync(db => db.EarnedEvidence.ExecuteDeleteAsync());
        Assert.Null(await DashboardLevelAsync(database, holder.VillageCode!, holder.Id, DigitalArea));
        var refresher = database.Services.GetRequiredService<EarnedEvidenceRefresher>();
        Assert.True(await refresher.FillIfEmptyAsync());
        Assert.Equal(before, await RowsAsync(database, holder.Id));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => refresher.RefreshAsync([holder.Id]))));
        Assert.Equal(before, await RowsAsync(database, holder.Id));
        Assert.False(await refresher.FillIfEmptyAsync());   // not empty: nothing to do
    }

    /// <summary>The demo data as the app's first start makes it (the initializer seeds it, then copies the evidence).</summary>
    private static async Task<TestDatabase> DemoDatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync();
        Assert.True(await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync());
        return database;
    }

    private static async Task<(string Id, string Village)> NewOfficialAsync(TestDatabase database)
    {
        var village = await database.QueryAsync(db => db.Villages.Where(v => v.Code.StartsWith("18.06.")).OrderBy(v => v.Code).Select(v => v.Code).FirstAsync());
        var user = new ApplicationUser
        {
            UserName = $"{Guid.NewGuid():N}@smartvillage.test", FullName = "Wayan Saputra", VillageCode = village, Position = OfficialPosition.Secretary,
            Gender = Gender.Male, CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (user.Id, village);
    }

    private static async Task<CompetencyLevel?> DashboardLevelAsync(TestDatabase database, string village, string official, string area)
    {
        var report = await database.InScopeAsync<CompetencyReportService, VillageReport>(s => s.VillageAsync(Admin, village, ReportFilter.None));
        return report.Officials.Single(o => o.Figures.Code == official).Levels[area];
    }

    private static async Task<CompetencyLevel?> ProfileLevelAsync(TestDatabase database, string official, string area)
    {
        var profile = await database.InScopeAsync<CompetencyProfileService, CompetencyProfile>(s => s.ForAsync(official));
        return profile.Areas.Single(a => a.Code == area).Level;
    }

    private static Task<bool> HasCertificateEvidenceAsync(TestDatabase database, string official) =>
        database.QueryAsync(db => db.EarnedEvidence.AnyAsync(e => e.UserId == official && e.Kind == EvidenceKind.Certificate));

    private static Task<List<string>> RowsAsync(TestDatabase database, string official) =>
        database.QueryAsync(async db => (await db.EarnedEvidence.Where(e => e.UserId == official).ToListAsync())
            .Select(e => $"{e.AreaCode}|{e.Kind}|{e.SourceId}|{e.Shows}|{e.EarnedAt:O}|{e.TrackCode}").Order(StringComparer.Ordinal).ToList());
}
