using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments.Attempts;
using SmartVillage.Learning.Features.Assessments.Grading;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Networks.Directory;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Features.Home;

/// <summary>
/// The home page of each role, gathered from the areas that own the data (each checks the actor itself): the home only
/// chooses what a person needs first and in what order. Nothing uses Home, so it may use every area.
/// </summary>
public sealed class HomeService(
    WorkshopRegistrationService registrations, WorkshopService workshops, LearningService learning, AttemptService attempts,
    CertificateService certificates, CompetencyProfileService competencies, WorkPlanService plans, ObstacleService obstacles,
    DirectoryService directory, GradingService grading, AuthoringService authoring, MentorDeskService mentorDesk,
    CompetencyReportService reports, UserDirectory users, TimeProvider clock)
{
    private const int ListLength = 3;

    public async Task<OfficialDay> OfficialAsync(Actor me, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToWib().DateTime);

        var next = (await registrations.MyRegistrationsAsync(me.UserId, ct))
            .Where(w => w.Status == RegistrationStatus.Registered)
            .SelectMany(w => w.Sessions.Where(s => s.EndsAt >= now).Select(s => new NextSession(w.Title, s.Topic, w.Place, s.StartsAt, s.EndsAt,
                DateOnly.FromDateTime(s.StartsAt.ToWib().DateTime) == today)))
            .OrderBy(s => s.StartsAt).FirstOrDefault();

        var courses = (await learning.MyCoursesAsync(me.UserId, ct))
            .Where(c => c.CompletedAt is null)
            .OrderByDescending(c => c.LastActivityAt).Take(ListLength)
            .Select(c => new CourseInProgress(c.Title, c.Progress.Percent, c.Progress.CompletedLessons, c.Progress.TotalLessons, c.ContinueUrl ?? $"/courses/{c.Slug}"))
            .ToList();

        var quizzes = (await attempts.MyAttemptsAsync(me.UserId, ct))
            .Where(a => a.State == AttemptState.InProgress)
            .Select(a => new HomeLink(a.QuizTitle, a.CourseTitle, $"/attempts/{a.Id}")).ToList();

        var certificate = (await certificates.MyCertificatesAsync(me.UserId, ct))
            .Where(c => c.Status == CertificateStatus.Valid).OrderByDescending(c => c.IssuedOn)
            .Select(c => new LatestCertificate(c.Title, c.IssuedOn, c.PdfUrl, c.VerifyPath)).FirstOrDefault();

        var levels = (await competencies.ForAsync(me.UserId, ct)).Areas
            .Select(a => new CompetencyLine(a.Title, CompetencyLevels.Label(a.Level), a.Level is not null)).ToList();

        var waiting = (await plans.MyPlansAsync(me, ct)).Where(p => p.Status == WorkPlanStatus.Submitted)
            .Select(p => new HomeLink(p.Title, "Rencana kerja menunggu tinjauan pendamping", $"/my/plans/{p.Id}"))
            .Concat((await obstacles.MyObstaclesAsync(me, ct)).Where(o => o.Status == ObstacleStatus.Open)
                .Select(o => new HomeLink(o.Description, $"Kendala menunggu tanggapan pendamping · {o.DaysOpen} hari", $"/my/obstacles/{o.Id}")))
            .ToList();

        return new OfficialDay(next, courses, quizzes, certificate, levels, waiting, await directory.MyVillageAsync(me, ct));
    }

    public async Task<TrainerDay> TrainerAsync(Actor me, CancellationToken ct = default)
    {
        var essays = (await grading.CoursesToGradeAsync(me, ct)).Sum(c => c.Essays);
        var startOfToday = Wib.At(DateOnly.FromDateTime(clock.GetUtcNow().ToWib().DateTime), TimeOnly.MinValue);
        var sessions = await workshops.UpcomingSessionsAsync(me, startOfToday, ListLength, ct);
        var drafts = (await authoring.MyCoursesAsync(me, ct)).Where(c => c.Status == CourseStatus.Draft)
            .Select(c => new HomeLink(c.Title, $"Kursus · {c.Lessons} materi", $"/authoring/courses/{c.Id}"))
            .Concat((await workshops.MyWorkshopsAsync(me, ct)).Where(w => w.Status == WorkshopStatus.Draft)
                .Select(w => new HomeLink(w.Title, $"Bimtek · {w.RegencyName}", $"/trainer/workshops/{w.Id}")))
            .ToList();
        return new TrainerDay(essays, sessions, drafts);
    }

    public async Task<MentorDay> MentorAsync(Actor me, CancellationToken ct = default)
    {
        var desk = await mentorDesk.HomeAsync(me, ct);
        return new MentorDay(desk.WaitingForReview, desk.OpenObstacles.OrderByDescending(o => o.DaysOpen).ToList(),
            desk.SessionsDue.OrderBy(s => s.DueOn).ToList());
    }

    public async Task<ReviewerDay> ReviewerAsync(Actor me, CancellationToken ct = default)
    {
        var report = await reports.RegionAsync(me, await reports.HomeAsync(me, ct), ReportFilter.None, ct);
        var total = report.Total;
        return new ReviewerDay(report.Name, total.Officials, total.Enrolled, total.Completed, total.Certified, total.AttendanceRate,
            report.Code is null ? "/reports" : $"/reports/{report.Code}");
    }

    public async Task<AdminDay> AdminAsync(Actor me, CancellationToken ct = default)
    {
        if (!me.IsAdmin) throw new SmartVillage.Domain.DomainException("Hanya admin yang dapat melihat ringkasan akun.");
        var all = (await users.SearchAsync(null, null, 1, 1, ct)).Total;
        var officials = (await users.SearchAsync(null, Roles.Official, 1, 1, ct)).Total;
        return new AdminDay(all, officials, all - officials);
    }
}
