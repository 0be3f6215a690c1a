using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Learning;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// Keeps <see cref="EarnedEvidence"/> in step with the facts it copies: after a course is completed, attendance of a
/// mapped workshop changes, a mapped test is graded, or a certificate is issued, revoked or re-issued, the officials
/// concerned are refreshed. Runs last among each event's reactions (<see cref="ReactionOrder.Summarise"/>), so the stored gain and any new
/// certificate are already committed. Never throws into the caller: the change that called it is already saved, and the
/// next refresh (or `report refresh`) repairs a missed one.
/// </summary>
public sealed class EarnedEvidenceTriggers(IDbContextFactory<LearningDbContext> dbFactory, EarnedEvidenceRefresher refresher, ILogger<EarnedEvidenceTriggers> logger)
    : IDomainEventHandler<CourseCompleted>, IDomainEventHandler<AttendanceChanged>, IDomainEventHandler<QuizGraded>,
      IDomainEventHandler<CertificateChanged>, IDomainEventHandler<CompetencyConfirmationChanged>
{
    /// <summary>Last: it copies the stored gain and any new certificate, which the earlier reactions wrote.</summary>
    public int Order => ReactionOrder.Summarise;

    public Task HandleAsync(CourseCompleted completed, CancellationToken cancellationToken) => OnCourseCompletedAsync(completed.UserId, completed.CourseId, cancellationToken);

    public Task HandleAsync(AttendanceChanged changed, CancellationToken cancellationToken) => OnAttendanceChangedAsync(changed.WorkshopId, cancellationToken);

    public Task HandleAsync(QuizGraded graded, CancellationToken cancellationToken) => OnQuizGradedAsync(graded.UserId, graded.QuizId, cancellationToken);

    public Task HandleAsync(CertificateChanged changed, CancellationToken cancellationToken) => OnCertificateChangedAsync(changed.UserId, cancellationToken);

    public Task HandleAsync(CompetencyConfirmationChanged changed, CancellationToken cancellationToken) =>
        OnEvidenceChangedAsync(changed.UserId, "mentor's confirmation", cancellationToken);

    public Task OnCourseCompletedAsync(string userId, int courseId, CancellationToken cancellationToken = default) =>
        QuietlyAsync(async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await db.CompetencyMappings.AnyAsync(m => m.Kind == MappingKind.Course && m.CourseId == courseId, ct)) await refresher.RefreshAsync([userId], ct);
        }, $"course {courseId} completed", cancellationToken);

    public Task OnAttendanceChangedAsync(int workshopId, CancellationToken cancellationToken = default) =>
        QuietlyAsync(async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var mapped = await db.Workshops.AnyAsync(w => w.Id == workshopId && db.CompetencyMappings.Any(m => m.Kind == MappingKind.Workshop
                && ((m.CourseId != null && m.CourseId == w.CourseId) || (m.TrackCode != null && m.TrackCode == w.TrackCode))), ct);
            if (!mapped) return;
            var attendees = await db.Registrations.Where(r => r.WorkshopId == workshopId && r.Status != RegistrationStatus.Cancelled)
                .Select(r => r.UserId).ToListAsync(ct);
            await refresher.RefreshAsync(attendees, ct);
        }, $"attendance of workshop {workshopId}", cancellationToken);

    /// <summary>A grade moves evidence only through the stored test outcome (a new certificate refreshes on its own).</summary>
    public Task OnQuizGradedAsync(string userId, int quizId, CancellationToken cancellationToken = default) =>
        QuietlyAsync(ct => refresher.RefreshIfChangedAsync(userId, EvidenceKind.QuizPassed, ct), $"quiz {quizId} graded", cancellationToken);

    public Task OnCertificateChangedAsync(string userId, CancellationToken cancellationToken = default) =>
        OnEvidenceChangedAsync(userId, "certificate changed", cancellationToken);

    /// <summary>Any other change to one official's evidence (a mentor's confirmation): their copy is rewritten, quietly.</summary>
    public Task OnEvidenceChangedAsync(string userId, string what, CancellationToken cancellationToken = default) =>
        QuietlyAsync(ct => refresher.RefreshAsync([userId], ct), what, cancellationToken);

    private async Task QuietlyAsync(Func<CancellationToken, Task> refresh, string what, CancellationToken ct)
    {
        try
        {
            await refresh(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Competency evidence not refreshed after {What}; `report refresh` rebuilds it", what);
        }
    }
}
