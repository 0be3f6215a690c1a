using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Tests.Features.Certificates;

namespace SmartVillage.Learning.Tests.Features.Reports;

/// <summary>
/// The dashboard's pre-test, post-test, gain and certified figures against a small hand-built set on a real SQLite file:
/// stored gains written as the graded handler writes them, certificates issued (and one revoked) through the real issuer
/// and service. Figures are compared per official (the village report keys rows by official) before and after.
/// </summary>
public class ReportFiguresTests(CertificateWorld world) : IClassFixture<CertificateWorld>
{
    private Task<T> ReportsAsync<T>(Func<CompetencyReportService, Task<T>> use) => world.Workshops.Database.InScopeAsync(use);

    [Fact]
    public async Task VillageReport_PrePostGainAndCertified_AgreeWithHandBuiltData_RevokedCertificateNotCounted()
    {
        // Two officials of one village with no certificate and no stored gain yet.
        var candidates = world.Officials.Select(o => o.Id).ToList();
        var (a, b, village, courseId) = await world.Workshops.Database.QueryAsync(async db =>
        {
            var people = await db.Users.Where(u => candidates.Contains(u.Id) && u.VillageCode != null && u.Position != null
                                                   && !db.Certificates.Any(c => c.UserId == u.Id) && !db.LearningGains.Any(g => g.UserId == u.Id))
                .Select(u => new { u.Id, u.VillageCode }).ToListAsync();
            var pair = people.GroupBy(p => p.VillageCode).First(g => g.Count() >= 2).Take(2).ToList();
            return (pair[0].Id, pair[1].Id, pair[0].VillageCode!, await db.Courses.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        });
        var admin = new Actor("admin", IsAdmin: true, IsReviewer: false, ReviewerRegencyCode: null);
        var before = await ReportsAsync(s => s.VillageAsync(admin, village, ReportFilter.None));
        Assert.Equal(0, Row(before, a).Certified);

        await using (var db = world.Factory.CreateDbContext())
        {
            var gainA = new OfficialLearningGain(a, courseId);
            gainA.Update(LearningGain.Of(40, 85), world.Clock.GetUtcNow());
            var gainB = new OfficialLearningGain(b, courseId);
            gainB.Update(LearningGain.Of(55, null), world.Clock.GetUtcNow());
            db.LearningGains.AddRange(gainA, gainB);
            await db.SaveChangesAsync();
        }
        var (workshopId, _) = await world.WorkshopAsync([a, b]);
        await world.AttendAllAsync(workshopId, [a, b]);
        Assert.NotNull((await world.Issuer.TryIssueForWorkshopAsync(a, workshopId)).Code);
        var codeB = (await world.Issuer.TryIssueForWorkshopAsync(b, workshopId)).Code!;
        await world.Certificates.RevokeAsync(codeB, "Daftar hadir dipalsukan", world.Admin);

        var after = await ReportsAsync(s => s.VillageAsync(admin, village, ReportFilter.None));
        Assert.Equal(new AssessmentAggregate(40, 1, 85, 1, 45, 1), Row(after, a).Assessment);
        Assert.Equal(new AssessmentAggregate(55, 1, 0, 0, 0, 0), Row(after, b).Assessment);
        Assert.Equal(1, Row(after, a).Certified);
        Assert.Equal(0, Row(after, b).Certified);   // revoked: not counted
        Assert.Equal(before.Total.Certified + 1, after.Total.Certified);
        Assert.Equal(before.Total.Assessment! + new AssessmentAggregate(95, 2, 85, 1, 45, 1), after.Total.Assessment);

        // The province total moves by the same amounts; the certified count is distinct officials with a valid certificate.
        var province = await ReportsAsync(s => s.RegionAsync(admin, null, ReportFilter.None));
        var holders = await world.Workshops.Database.QueryAsync(db => db.Certificates
            .Where(c => c.Status == Domain.Certificates.CertificateStatus.Valid && db.Users.Any(u => u.Id == c.UserId && u.Position != null && u.VillageCode != null))
            .Select(c => c.UserId).Distinct().CountAsync());
        Assert.Equal(holders, province.Total.Certified);

        // A regency reviewer sees their own regency's figures and is refused another regency's village.
        var regency = village[..5];
        var own = new Actor("reviewer", IsAdmin: false, IsReviewer: true, ReviewerRegencyCode: regency);
        var ownReport = await ReportsAsync(s => s.VillageAsync(own, village, ReportFilter.None));
        Assert.Equal(1, Row(ownReport, a).Certified);
        var otherRegency = await world.Workshops.Database.QueryAsync(db => db.Regencies.Where(r => r.Code != regency).Select(r => r.Code).FirstAsync());
        var stranger = new Actor("reviewer2", IsAdmin: false, IsReviewer: true, ReviewerRegencyCode: otherRegency);
        await Assert.ThrowsAsync<DomainException>(() => ReportsAsync(s => s.VillageAsync(stranger, village, ReportFilter.None)));
        await Assert.ThrowsAsync<DomainException>(() => ReportsAsync(s => s.RegionAsync(stranger, regency, ReportFilter.None)));
    }

    [Fact]
    public async Task MyCompetencies_CountsAPassedPostTest_NotOneBelowTheMapping_AndOnlyMentorsStayPending()
    {
        var candidates = world.Officials.Select(o => o.Id).ToList();
        var (passer, failer, mapping) = await world.Workshops.Database.QueryAsync(async db =>
        {
            var mapped = await db.CompetencyMappings.Where(m => m.Kind == Domain.Competencies.MappingKind.Quiz && m.QuizPurpose == QuizPurpose.PostTest)
                .OrderBy(m => m.Id).Select(m => new { m.CourseId, m.AreaCode, m.Level, m.MinScore }).FirstAsync();
            var free = await db.Users.Where(u => candidates.Contains(u.Id) && !db.LearningGains.Any(g => g.UserId == u.Id && g.CourseId == mapped.CourseId))
                .OrderByDescending(u => u.Id).Select(u => u.Id).Take(2).ToListAsync();
            return (free[0], free[1], mapped);
        });
        await using (var db = world.Factory.CreateDbContext())
        {
            var pass = new OfficialLearningGain(passer, mapping.CourseId!.Value);
            pass.Update(LearningGain.Of(30, mapping.MinScore!.Value), world.Clock.GetUtcNow());
            var fail = new OfficialLearningGain(failer, mapping.CourseId.Value);
            fail.Update(LearningGain.Of(30, mapping.MinScore.Value - 0.5m), world.Clock.GetUtcNow());
            db.LearningGains.AddRange(pass, fail);
            await db.SaveChangesAsync();
        }

        var profile = await world.Workshops.Database.InScopeAsync<SmartVillage.Learning.Features.Competencies.CompetencyProfileService, SmartVillage.Learning.Features.Competencies.CompetencyProfile>(
            s => s.ForAsync(passer));
        var evidence = profile.Areas.Single(a => a.Code == mapping.AreaCode).Evidence;
        var passed = Assert.Single(evidence, e => e.Kind == Domain.Competencies.EvidenceKind.QuizPassed && e.Shows == mapping.Level);
        Assert.StartsWith("Tes ", passed.Description);
        Assert.Empty(profile.PendingKinds);   // every kind has a source since mentors confirm levels

        var below = await world.Workshops.Database.InScopeAsync<SmartVillage.Learning.Features.Competencies.CompetencyProfileService, SmartVillage.Learning.Features.Competencies.CompetencyProfile>(
            s => s.ForAsync(failer));
        Assert.DoesNotContain(below.Areas.SelectMany(a => a.Evidence), e => e.Kind == Domain.Competencies.EvidenceKind.QuizPassed && e.Description == passed.Description);
    }

    private static RegionFigures Row(VillageReport report, string userId) => report.Officials.Single(r => r.Figures.Code == userId).Figures;
}
