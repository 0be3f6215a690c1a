using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Networks.Notifications;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// Tells officials, in the bell, that an evaluation is waiting: when they complete a course, and when attendance of a bimtek
/// changes at or after its last session (check-in to it, the roster closed). Once per person and evaluation (the link is the
/// key; NotificationService is scoped, hence a scope per event); the offer itself is read from attendance and completion on their pages, so a missed event loses nothing.
/// </summary>
public sealed class EvaluationInvitations(IDbContextFactory<LearningDbContext> dbFactory, IServiceScopeFactory scopes, TimeProvider clock)
    : IDomainEventHandler<CourseCompleted>, IDomainEventHandler<AttendanceChanged>
{
    public const string Kind = "evaluation";

    public int Order => ReactionOrder.Notify;

    public async Task HandleAsync(CourseCompleted domainEvent, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var title = await db.Courses.Where(c => c.Id == domainEvent.CourseId).Select(c => c.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null) return;
        var link = EvaluationLinks.Answer(EvaluationSubject.Course, domainEvent.CourseId);
        if (await db.Notifications.AnyAsync(n => n.UserId == domainEvent.UserId && n.Link == link, cancellationToken)) return;
        await using var scope = scopes.CreateAsyncScope();
        var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
        notifications.Stage(db, new NotificationMessage(domainEvent.UserId, Kind, $"Kursus “{title}” selesai. Isi evaluasinya (sekitar dua menit).", link));
        await db.SaveChangesAsync(cancellationToken);
        notifications.Announce(domainEvent.UserId);
    }

    public async Task HandleAsync(AttendanceChanged domainEvent, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var sessions = await db.WorkshopSessions.AsNoTracking().Where(s => s.WorkshopId == domainEvent.WorkshopId)
            .Select(s => new { s.Id, s.StartsAt, s.EndsAt }).ToListAsync(cancellationToken);
        if (sessions.Count == 0 || now < sessions.Max(s => s.StartsAt)) return;
        var title = await db.Workshops.Where(w => w.Id == domainEvent.WorkshopId).Select(w => w.Title).SingleAsync(cancellationToken);
        var link = EvaluationLinks.Answer(EvaluationSubject.Workshop, domainEvent.WorkshopId);
        var ids = sessions.Select(s => s.Id).ToList();
        var present = await db.AttendanceMarks
            .Where(m => ids.Contains(m.SessionId) && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late))
            .Where(m => !db.Notifications.Any(n => n.UserId == m.UserId && n.Link == link))
            .Select(m => new { m.UserId, m.SessionId }).ToListAsync(cancellationToken);
        var invited = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
        foreach (var official in present.GroupBy(p => p.UserId))
        {
            var attended = official.Select(p => p.SessionId).ToHashSet();
            if (EvaluationWindow.WorkshopRefusal(sessions.Select(s => (s.StartsAt, s.EndsAt, attended.Contains(s.Id))).ToList(), now) is not null) continue;
            notifications.Stage(db, new NotificationMessage(official.Key, Kind, $"Terima kasih telah mengikuti “{title}”. Isi evaluasinya (sekitar dua menit).", link));
            invited.Add(official.Key);
        }
        if (invited.Count == 0) return;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var official in invited) notifications.Announce(official);
    }
}
