using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Messaging;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>What one scheduler round queued, per kind.</summary>
public sealed record ScheduledRound(int DayBefore, int HourBefore, int PostTestClosing, int PlansWaiting, int ObstaclesWaiting, int EssaysWaiting)
{
    public int Total => DayBefore + HourBefore + PostTestClosing + PlansWaiting + ObstaclesWaiting + EssaysWaiting;
}

/// <summary>
/// Queues the reminders whose time has come, from the state of the data now, never from a list of what it meant to do:
/// so a scheduler that was down simply finds, on its next round, what is due then. A reminder has a window (the day
/// before a session: from 24 hours before until midnight WIB; an hour before: until the session starts) and an expiry;
/// outside its window nothing is queued, so a session that already started gets none. Every reminder's dedupe key is
/// (kind, subject, recipient, channel): two instances racing, or one going over the same window every minute, write each once.
/// </summary>
public sealed class ReminderScheduler(IDbContextFactory<LearningDbContext> dbFactory, OutboxWriter writer, TimeProvider clock)
{
    public static readonly TimeSpan WaitingTooLong = TimeSpan.FromDays(3);
    private const int MaxAttempts = 5;

    public async Task<ScheduledRound> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var (day, hour) = await WorkshopRemindersAsync(now, ct);
        var closing = await InTransactionAsync((db, c) => PostTestsClosingAsync(db, now, c), ct);
        var plans = await InTransactionAsync((db, c) => PlansWaitingAsync(db, now, c), ct);
        var obstacles = await InTransactionAsync((db, c) => ObstaclesWaitingAsync(db, now, c), ct);
        var essays = await InTransactionAsync((db, c) => EssaysWaitingAsync(db, now, c), ct);
        return new ScheduledRound(day, hour, closing, plans, obstacles, essays);
    }

    /// <summary>One session's reminders per transaction: a province-wide bimtek day is thousands of rows.</summary>
    private async Task<(int Day, int Hour)> WorkshopRemindersAsync(DateTimeOffset now, CancellationToken ct)
    {
        List<(WorkshopSession Session, Workshop Workshop)> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // SQLite cannot compare DateTimeOffset in SQL; the published workshops' sessions are a few hundred rows.
            var workshops = await db.Workshops.AsNoTracking().Include(w => w.Sessions).Where(w => w.Status == WorkshopStatus.Published).ToListAsync(ct);
            due = workshops.SelectMany(w => w.Sessions.Select(s => (Session: s, Workshop: w)))
                .Where(x => now < x.Session.StartsAt && now >= x.Session.StartsAt - TimeSpan.FromHours(24)).ToList();
        }
        int dayCount = 0, hourCount = 0;
        foreach (var (session, workshop) in due)
        {
            var dayBefore = now.ToWib().Date < session.StartsAt.ToWib().Date;
            var hourBefore = now >= session.StartsAt - TimeSpan.FromHours(1);
            if (!dayBefore && !hourBefore) continue;
            var (day, hour) = await InTransactionAsync(async (db, c) =>
            {
                var registered = await db.Registrations.AsNoTracking()
                    .Where(r => r.WorkshopId == workshop.Id && r.Status == RegistrationStatus.Registered).Select(r => r.UserId).ToListAsync(c);
                var recipients = await OutboxWriter.RecipientsAsync(db, registered, c);
                var place = SeatMessages.PlaceOf(workshop);
                int dayRows = 0, hourRows = 0;
                if (dayBefore)
                {
                    // "Besok" is only true until midnight WIB; a reminder held past it would mislead.
                    var midnight = new DateTimeOffset(session.StartsAt.ToWib().Date, Wib.Offset);
                    var when = SeatMessages.When(session.StartsAt);
                    dayRows = await writer.StageAsync(db, MessageKinds.DayBefore,
                        registered.Select(u => new MessageDraft(u, $"s{session.Id}", [when, workshop.Title, session.Topic, place], SeatMessages.Link, midnight)).ToList(),
                        recipients, c);
                }
                if (hourBefore)
                {
                    var when = $"{session.StartsAt.ToWib():HH.mm} WIB";
                    hourRows = await writer.StageAsync(db, MessageKinds.HourBefore,
                        registered.Select(u => new MessageDraft(u, $"s{session.Id}", [when, workshop.Title, session.Topic, place], SeatMessages.Link, session.StartsAt)).ToList(),
                        recipients, c);
                }
                return (dayRows, hourRows);
            }, ct);
            dayCount += day;
            hourCount += hour;
        }
        return (dayCount, hourCount);
    }

    /// <summary>Post-tests closing within a day: enrolled officials who have not submitted it yet.</summary>
    private async Task<int> PostTestsClosingAsync(LearningDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var quizzes = (await db.Quizzes.AsNoTracking()
                .Where(q => q.Purpose == QuizPurpose.PostTest && q.Status == QuizStatus.Published && q.ClosesAt != null)
                .Select(q => new { q.Id, q.CourseId, q.Title, q.ClosesAt }).ToListAsync(ct))
            .Where(q => q.ClosesAt > now && q.ClosesAt <= now + TimeSpan.FromHours(24)).ToList();
        var count = 0;
        foreach (var quiz in quizzes)
        {
            var waiting = await db.Enrollments.AsNoTracking().Where(e => e.CourseId == quiz.CourseId
                    && !db.QuizAttempts.Any(a => a.QuizId == quiz.Id && a.UserId == e.UserId && a.State != AttemptState.InProgress))
                .Select(e => e.UserId).ToListAsync(ct);
            var recipients = await OutboxWriter.RecipientsAsync(db, waiting, ct);
            var closes = SeatMessages.When(quiz.ClosesAt!.Value);
            var slug = await db.Courses.Where(c => c.Id == quiz.CourseId).Select(c => c.Slug).SingleAsync(ct);
            count += await writer.StageAsync(db, MessageKinds.PostTestClosing,
                waiting.Where(recipients.ContainsKey)
                    .Select(u => new MessageDraft(u, $"q{quiz.Id}:{quiz.ClosesAt.Value.UtcTicks}", [recipients[u].FullName, quiz.Title, closes], $"/courses/{slug}", quiz.ClosesAt))
                    .ToList(), recipients, ct);
        }
        return count;
    }

    /// <summary>Work plans submitted 3 days ago or more and still waiting: each mentor of the official, once per submission.</summary>
    private async Task<int> PlansWaitingAsync(LearningDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var plans = (await db.WorkPlans.AsNoTracking().Where(p => p.Status == WorkPlanStatus.Submitted)
                .Select(p => new { p.Id, p.Title, p.OfficialId, p.VillageCode, p.SubmittedAt }).ToListAsync(ct))
            .Where(p => p.SubmittedAt is { } at && now - at >= WaitingTooLong).ToList();
        var count = 0;
        foreach (var plan in plans)
        {
            var days = (int)(now - plan.SubmittedAt!.Value).TotalDays;
            count += await ToMentorsAsync(db, plan.OfficialId, plan.VillageCode, MessageKinds.PlanWaiting, $"p{plan.Id}:{plan.SubmittedAt.Value.UtcTicks}",
                name => [plan.Title, name, $"{days}"], $"/mentor/plans/{plan.Id}", ct);
        }
        return count;
    }

    /// <summary>Obstacles still open (no mentor has moved them on) 3 days or more after they were logged.</summary>
    private async Task<int> ObstaclesWaitingAsync(LearningDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var obstacles = (await db.Obstacles.AsNoTracking().Where(o => o.Status == ObstacleStatus.Open)
                .Select(o => new { o.Id, o.OfficialId, o.VillageCode, o.Category, o.OpenedAt, o.UpdatedAt }).ToListAsync(ct))
            .Where(o => now - o.UpdatedAt >= WaitingTooLong).ToList();
        var count = 0;
        foreach (var obstacle in obstacles)
        {
            var days = (int)(now - obstacle.OpenedAt).TotalDays;
            count += await ToMentorsAsync(db, obstacle.OfficialId, obstacle.VillageCode, MessageKinds.ObstacleWaiting, $"o{obstacle.Id}:{obstacle.UpdatedAt.UtcTicks}",
                name => [name, MentoringLabels.Of(obstacle.Category), $"{days}"], $"/mentor/obstacles/{obstacle.Id}", ct);
        }
        return count;
    }

    private async Task<int> ToMentorsAsync(LearningDbContext db, string officialId, string villageCode, MessageKind kind, string subject,
        Func<string, IReadOnlyList<string>> parameters, string link, CancellationToken ct)
    {
        var mentors = await db.MentorAssignments.AsNoTracking().Where(a => a.OfficialId == officialId || a.VillageCode == villageCode)
            .Select(a => a.MentorId).Distinct().ToListAsync(ct);
        var name = await db.Users.Where(u => u.Id == officialId).Select(u => u.FullName).SingleOrDefaultAsync(ct) ?? "";
        var recipients = await OutboxWriter.RecipientsAsync(db, mentors, ct);
        return await writer.StageAsync(db, kind, mentors.Select(m => new MessageDraft(m, subject, parameters(name), link)).ToList(), recipients, ct);
    }

    /// <summary>One digest a day per trainer and course while essays wait: never one message per answer.</summary>
    private async Task<int> EssaysWaitingAsync(LearningDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await (from b in db.BankQuestions
                             join q in db.AttemptQuestions on b.Id equals q.BankQuestionId
                             where q.GradeStatus == GradeStatus.NeedsManualGrading
                             group q by b.CourseId into g
                             select new { CourseId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(now.ToWib().DateTime);
        var count = 0;
        foreach (var course in waiting)
        {
            var facts = await db.Courses.AsNoTracking().Where(c => c.Id == course.CourseId)
                .Select(c => new { c.Title, Trainers = c.Trainers.Select(t => t.UserId).ToList() }).SingleAsync(ct);
            var recipients = await OutboxWriter.RecipientsAsync(db, facts.Trainers, ct);
            count += await writer.StageAsync(db, MessageKinds.EssaysWaiting,
                facts.Trainers.Select(t => new MessageDraft(t, $"e{course.CourseId}:{today:yyyyMMdd}", [$"{course.Count}", facts.Title],
                    $"/authoring/courses/{course.CourseId}/grading")).ToList(), recipients, ct);
        }
        return count;
    }

    /// <summary>
    /// Writes in a transaction of its own; when another scheduler wrote the same reminders first (the unique dedupe key
    /// refuses), reads again and finds them there.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(Func<LearningDbContext, CancellationToken, Task<T>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var result = await write(db, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(10, 50) * attempt, ct);
            }
        }
    }
}
