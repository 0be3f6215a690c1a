using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Learning;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// The automatic issue, the moment an official becomes eligible: their course becomes complete, attendance of a
/// workshop changes (or its last session is closed), or a post-test is graded. Nothing here throws into the caller.
/// </summary>
public sealed class CertificateTriggers(IDbContextFactory<LearningDbContext> dbFactory, CertificateIssuer issuer, TimeProvider clock)
    : IDomainEventHandler<CourseCompleted>, IDomainEventHandler<AttendanceChanged>, IDomainEventHandler<QuizGraded>
{
    /// <summary>After the stored learning gain (the post-test's outcome), before the competency evidence (which reads certificates).</summary>
    public int Order => ReactionOrder.Award;

    public Task HandleAsync(CourseCompleted completed, CancellationToken cancellationToken) => OnCourseCompletedAsync(completed.UserId, completed.CourseId, cancellationToken);

    public Task HandleAsync(AttendanceChanged changed, CancellationToken cancellationToken) => OnAttendanceChangedAsync(changed.WorkshopId, cancellationToken);

    public Task HandleAsync(QuizGraded graded, CancellationToken cancellationToken) => OnQuizGradedAsync(graded.UserId, graded.QuizId, cancellationToken);

    public Task OnCourseCompletedAsync(string userId, int courseId, CancellationToken cancellationToken = default) =>
        issuer.IssueQuietlyAsync(() => issuer.TryIssueForCourseAsync(userId, courseId, null, cancellationToken), $"course {courseId}");

    public async Task OnAttendanceChangedAsync(int workshopId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var starts = await db.WorkshopSessions.Where(s => s.WorkshopId == workshopId).Select(s => s.StartsAt).ToListAsync(cancellationToken);
        // Nobody can have attended every session before the last one has begun: skip the work on days 1 … n-1.
        if (starts.Count == 0 || clock.GetUtcNow() < starts.Max()) return;
        var key = Certificate.SubjectKeyOf(CertificateKind.Workshop, null, workshopId);
        var waiting = await db.Registrations
            .Where(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Registered && !db.Certificates.Any(c => c.UserId == r.UserId && c.SubjectKey == key))
            .Select(r => r.UserId).ToListAsync(cancellationToken);
        foreach (var userId in waiting)
            await issuer.IssueQuietlyAsync(() => issuer.TryIssueForWorkshopAsync(userId, workshopId, null, cancellationToken), $"workshop {workshopId}");
    }

    /// <summary>After a graded attempt: the course whose post-test it is, and workshops that use it as their post-test.</summary>
    public async Task OnQuizGradedAsync(string userId, int quizId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var quiz = await db.Quizzes.AsNoTracking().Where(q => q.Id == quizId).Select(q => new { q.CourseId, q.Purpose }).SingleOrDefaultAsync(cancellationToken);
        if (quiz is null) return;
        if (quiz.Purpose == QuizPurpose.PostTest)
            await issuer.IssueQuietlyAsync(() => issuer.TryIssueForCourseAsync(userId, quiz.CourseId, null, cancellationToken), $"course {quiz.CourseId} post-test");
        var workshops = await db.Workshops.Where(w => w.PostTestQuizId == quizId
                && db.Registrations.Any(r => r.WorkshopId == w.Id && r.UserId == userId && r.Status == RegistrationStatus.Registered))
            .Select(w => w.Id).ToListAsync(cancellationToken);
        foreach (var workshopId in workshops)
            await issuer.IssueQuietlyAsync(() => issuer.TryIssueForWorkshopAsync(userId, workshopId, null, cancellationToken), $"workshop {workshopId} post-test");
    }
}
