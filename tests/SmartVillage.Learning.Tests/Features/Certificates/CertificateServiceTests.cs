using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Certificates;

public class CertificateServiceTests(CertificateWorld world) : IClassFixture<CertificateWorld>
{
    private CertificateService Certificates => world.Certificates;

    private async Task<(string Code, int Workshop, (string Id, string Phone, string Name) Official)> IssuedWorkshopCertificateAsync(int officialIndex)
    {
        var official = world.Officials[officialIndex];
        var (workshop, _) = await world.WorkshopAsync([official.Id]);
        await world.AttendAllAsync(workshop, [official.Id]);
        var outcome = await world.Issuer.TryIssueForWorkshopAsync(official.Id, workshop);
        Assert.Equal(IssueResult.Issued, outcome.Result);
        return (outcome.Code!, workshop, official);
    }

    [Fact]
    public async Task Workshop_LastSessionMarked_IssuedAtOnce_PdfSaysNameTitleJpNumber_VerifySah()
    {
        var (present, absent) = (world.Officials[0], world.Officials[1]);
        var (workshop, sessions) = await world.WorkshopAsync([present.Id, absent.Id]);
        var attendance = world.Attendance();
        var start = await world.Workshops.Database.QueryAsync(db => db.WorkshopSessions.Where(s => s.Id == sessions[0]).Select(s => s.StartsAt).SingleAsync());
        world.Clock.SetUtcNow(start.AddHours(1));
        await attendance.MarkAsync(sessions[0], present.Id, AttendanceStatus.Present, null, world.Hendra);
        await attendance.MarkAsync(sessions[0], absent.Id, AttendanceStatus.Present, null, world.Hendra);
        Assert.Empty(await Certificates.MyCertificatesAsync(present.Id)); // one day of two: not yet

        world.Clock.Advance(TimeSpan.FromDays(1));
        await attendance.MarkAsync(sessions[1], absent.Id, AttendanceStatus.Sick, "Demam", world.Hendra);
        await attendance.MarkAsync(sessions[1], present.Id, AttendanceStatus.Late, null, world.Hendra);

        var mine = Assert.Single(await Certificates.MyCertificatesAsync(present.Id));
        Assert.Empty(await Certificates.MyCertificatesAsync(absent.Id)); // 50 % < 80 %
        var (title, _) = await Certificates.ForWorkshopAsync(workshop, world.Hendra);
        var (pdf, _) = await Certificates.PdfAsync(mine.Code, Actor.Official(present.Id));
        using var text = new PdfText(pdf);
        Assert.Equal(1, text.PageCount);
        Assert.True(text.Pages[0].Width > text.Pages[0].Height, "A4 landscape");
        Assert.Contains(present.Name, text.All);
        Assert.Contains(title, text.All);
        Assert.Contains("16 JP", text.All);
        Assert.Contains($"Nomor: {mine.Number}", text.All);
        Assert.Matches(@"^\d{3}/SV-MP/[A-Z]{3}/III/2031$", mine.Number);
        Assert.Contains($"{CertificateWorld.BaseUrl}/verify/{mine.Code}", text.All);
        Assert.True(pdf.Length < 100 * 1024, $"{pdf.Length} bytes");

        var verification = await Certificates.VerifyAsync(VerificationCode.Display(mine.Code).ToLowerInvariant());
        Assert.Equal((VerificationState.Valid, "Sah", present.Name), (verification.State, verification.StateLabel, verification.Certificate!.HolderName));
    }

    [Fact]
    public async Task Issue_TwentyAtOnceAndDoubleClicks_DistinctNumbersNoGapsOnePerOfficial()
    {
        var officials = world.Officials.Skip(2).Take(20).Select(o => o.Id).ToList();
        var (workshop, _) = await world.WorkshopAsync(officials);
        await world.AttendAllAsync(workshop, officials);

        var issues = officials.Concat(officials.Take(5)).Select(id => Task.Run(() => world.Issuer.TryIssueForWorkshopAsync(id, workshop))).ToList();
        var outcomes = await Task.WhenAll(issues);

        var certificates = await world.Workshops.Database.QueryAsync(db => db.Certificates.Where(c => c.WorkshopId == workshop).ToListAsync());
        Assert.Equal(20, certificates.Count);
        Assert.Equal(20, certificates.Select(c => c.Number).Distinct().Count());
        Assert.Equal(20, certificates.Select(c => c.VerificationCode).Distinct().Count());
        Assert.Equal(officials.Order(), certificates.Select(c => c.UserId).Order());
        Assert.All(outcomes, o => Assert.NotEqual(IssueResult.NotEligible, o.Result));
        // The year's sequence runs 1 … counter with nothing missing and nothing twice.
        var (sequences, counter) = await world.Workshops.Database.QueryAsync(async db => (
            await db.Certificates.Where(c => c.Year == 2031 && c.Revision == 0).Select(c => c.Sequence).ToListAsync(),
            await db.CertificateCounters.Where(c => c.Year == 2031).Select(c => c.LastSequence).SingleAsync()));
        Assert.Equal(Enumerable.Range(1, counter), sequences.Order());
    }

    [Fact]
    public async Task RenamedOfficial_OldCertificateStillReadsOldName_ReissueKeepsNumberNewCodeOldSaysReplaced()
    {
        var (code, _, official) = await IssuedWorkshopCertificateAsync(22);
        var before = await Certificates.VerifyAsync(code);
        await using (var db = world.Factory.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == official.Id);
            user.FullName = official.Name + " Saputri";
            await db.SaveChangesAsync();
        }

        using (var old = new PdfText((await Certificates.PdfAsync(code, world.Admin)).Pdf))
        {
            Assert.Contains(official.Name, old.All);
            Assert.DoesNotContain("Saputri", old.All);
        }
        await Assert.ThrowsAsync<DomainException>(() => Certificates.ReissueAsync(code, "Nama diperbaiki", Actor.Trainer(world.Hendra.UserId)));
        var newCode = await Certificates.ReissueAsync(code, "Nama diperbaiki", world.Admin);

        var replaced = await Certificates.VerifyAsync(code);
        var current = await Certificates.VerifyAsync(newCode);
        Assert.Equal((VerificationState.Replaced, "Diganti", newCode, "Nama diperbaiki"), (replaced.State, replaced.StateLabel, replaced.ReplacedByCode, replaced.Reason));
        Assert.Equal(VerificationState.Valid, current.State);
        Assert.Equal(before.Certificate!.Number, current.Certificate!.Number);
        Assert.Equal(official.Name + " Saputri", current.Certificate.HolderName);
        using var reissued = new PdfText((await Certificates.PdfAsync(newCode, Actor.Official(official.Id))).Pdf);
        Assert.Contains(official.Name + " Saputri", reissued.All);
        Assert.Contains(before.Certificate.Number, reissued.All);
        Assert.Equal(newCode, Assert.Single(await Certificates.MyCertificatesAsync(official.Id)).Code);
    }

    [Fact]
    public async Task Revoke_OnlyAdminWithReason_VerifySaysRevoked_UnknownNotFound()
    {
        var (code, _, official) = await IssuedWorkshopCertificateAsync(23);
        foreach (var refused in new[]
                 {
                     Actor.Official(official.Id), Actor.Trainer(world.Hendra.UserId), Actor.Reviewer(world.Dewi.UserId),
                 })
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => Certificates.RevokeAsync(code, "Data palsu", refused));
            Assert.Equal(CertificateAccess.AdminOnly, e.Message);
        }
        Assert.Equal(VerificationState.Valid, (await Certificates.VerifyAsync(code)).State);
        await Assert.ThrowsAsync<DomainException>(() => Certificates.RevokeAsync(code, " ", world.Admin));

        await Certificates.RevokeAsync(code, "Daftar hadir hari kedua dipalsukan", world.Admin);

        var revoked = await Certificates.VerifyAsync(code);
        Assert.Equal((VerificationState.Revoked, "Dicabut", "Daftar hadir hari kedua dipalsukan"), (revoked.State, revoked.StateLabel, revoked.Reason));
        Assert.Equal(official.Name, revoked.Certificate!.HolderName);
        Assert.Equal(VerificationState.NotFound, (await Certificates.VerifyAsync("ZZZZ-ZZZZ-ZZZZ-ZZZZ")).State);
        Assert.Equal(VerificationState.NotFound, (await Certificates.VerifyAsync("bukan kode")).State);
    }

    [Fact]
    public async Task Download_OwnerTrainerReviewerAdmin_AnotherOfficialAndAnotherTrainerRefused()
    {
        var (code, _, official) = await IssuedWorkshopCertificateAsync(24);
        foreach (var allowed in new[]
                 {
                     Actor.Official(official.Id), Actor.Trainer(world.Hendra.UserId), Actor.Reviewer(world.Officials[0].Id), world.Admin,
                 })
            Assert.NotEmpty((await Certificates.PdfAsync(code, allowed)).Pdf);

        foreach (var refused in new[] { Actor.Official(world.Officials[25].Id), Actor.Trainer(world.Dewi.UserId) })
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => Certificates.PdfAsync(code, refused));
            Assert.Equal(CertificateAccess.DownloadRefused, e.Message);
        }
        await Assert.ThrowsAsync<CertificateNotFoundException>(() => Certificates.PdfAsync("ZZZZZZZZZZZZZZZZ", world.Admin));
    }

    [Fact]
    public async Task Batch_WrongTrainerRefused_OwnTrainerIssuesEligibleOnly_ZipHoldsThem()
    {
        var officials = world.Officials.Skip(25).Take(3).Select(o => o.Id).ToList();
        var (workshop, _) = await world.WorkshopAsync(officials);
        await world.AttendAllAsync(workshop, officials.Take(2));

        var e = await Assert.ThrowsAsync<DomainException>(() => Certificates.IssueForWorkshopAsync(workshop, world.Dewi));
        Assert.Contains("bukan pelatih bimtek ini", e.Message);
        await Assert.ThrowsAsync<DomainException>(() => Certificates.WriteWorkshopZipAsync(workshop, world.Dewi, new MemoryStream()));

        var first = await Certificates.IssueForWorkshopAsync(workshop, world.Hendra);
        var second = await Certificates.IssueForWorkshopAsync(workshop, world.Hendra);

        Assert.Equal((2, 0, 1), (first.Issued.Count, first.AlreadyIssued, first.NotEligible));
        Assert.Equal((0, 2, 1), (second.Issued.Count, second.AlreadyIssued, second.NotEligible));
        var reports = new List<(int Done, int Total)>();
        using var zip = new MemoryStream();
        var count = await Certificates.WriteWorkshopZipAsync(workshop, world.Hendra, zip, new SyncProgress(reports.Add));
        zip.Position = 0;
        using var archive = new System.IO.Compression.ZipArchive(zip);
        Assert.Equal(2, count);
        Assert.Equal([(1, 2), (2, 2)], reports);
        Assert.All(archive.Entries, entry => Assert.EndsWith(".pdf", entry.Name));
        Assert.Equal(first.Issued.Select(i => i.Code).Order(), archive.Entries.Select(x => x.Name[^20..^4]).Order());
    }

    [Fact]
    public async Task Course_AllLessonsThenPostTestPassed_IssuedWithScore_PendingOrFailedNot()
    {
        const string slug = "pengelolaan-apbdes-siskeudes";
        var (passes, fails) = (world.Officials[26].Id, world.Officials[27].Id);
        var (courseId, quizId) = await world.Workshops.Database.QueryAsync(async db =>
        {
            var course = await db.Courses.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            var quiz = await db.Quizzes.Where(q => q.CourseId == course && q.Purpose == QuizPurpose.PostTest).Select(q => q.Id).FirstAsync();
            return (course, quiz);
        });
        world.Outcomes.PostTests[courseId] = quizId;
        var lessons = await world.Workshops.Database.QueryAsync(db => db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.Id).ToListAsync());
        foreach (var official in new[] { passes, fails })
        {
            await world.Learning.SelfEnrollAsync(official, slug);
            foreach (var lesson in lessons) await world.Learning.MarkCompleteAsync(official, lesson);
        }
        Assert.Empty(await Certificates.MyCertificatesAsync(passes)); // lessons done, post-test not taken
        Assert.Contains("post-test", (await world.Issuer.CourseEligibilityAsync(passes, courseId)).Missing);

        var handler = world.Triggers;
        world.Outcomes.Grade(passes, quizId, 90, passed: true, pending: true);
        await handler.OnQuizGradedAsync(passes, quizId);
        Assert.Empty(await Certificates.MyCertificatesAsync(passes)); // an essay still ungraded
        world.Outcomes.Grade(fails, quizId, 55, passed: false);
        await handler.OnQuizGradedAsync(fails, quizId);
        world.Outcomes.Grade(passes, quizId, 85, passed: true);
        await handler.OnQuizGradedAsync(passes, quizId);

        Assert.Empty(await Certificates.MyCertificatesAsync(fails));
        var certificate = Assert.Single(await Certificates.MyCertificatesAsync(passes));
        Assert.Equal(CertificateKind.Course, certificate.Kind);
        Assert.Matches("^[0-9]{3}/SV-MP/", certificate.Number);
        using var text = new PdfText((await Certificates.PdfAsync(certificate.Code, Actor.Official(passes))).Pdf);
        Assert.Contains("Nilai post-test 85", text.All);
        Assert.Contains("Pengelolaan APBDes", text.All);
    }

    [Fact]
    public async Task Settings_OnlyAdmin_NewSignatoryOnNewCertificates_OldKeepTheirs()
    {
        var (oldCode, _, _) = await IssuedWorkshopCertificateAsync(28);
        var form = await Certificates.SettingsAsync(world.Admin);
        form.SignatoryName = "Dr. Ir. Budi Santoso, M.Si.";
        form.SignatoryNip = "197001011995031001";
        await Assert.ThrowsAsync<DomainException>(() => Certificates.SaveSettingsAsync(form, Actor.Trainer(world.Hendra.UserId)));
        var bad = await Certificates.SettingsAsync(world.Admin);
        bad.SignatoryNip = "123";
        Assert.Contains("NIP terdiri dari 18 angka", (await Assert.ThrowsAsync<DomainException>(() => Certificates.SaveSettingsAsync(bad, world.Admin))).Message);

        await Certificates.SaveSettingsAsync(form, world.Admin);
        var (newCode, _, _) = await IssuedWorkshopCertificateAsync(21);

        Assert.NotEqual("Dr. Ir. Budi Santoso, M.Si.", (await Certificates.VerifyAsync(oldCode)).Certificate!.SignatoryName);
        using var text = new PdfText((await Certificates.PdfAsync(newCode, world.Admin)).Pdf);
        Assert.Contains("Dr. Ir. Budi Santoso, M.Si.", text.All);
        Assert.Contains("NIP. 197001011995031001", text.All);
    }

    private sealed class SyncProgress(Action<(int, int)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
