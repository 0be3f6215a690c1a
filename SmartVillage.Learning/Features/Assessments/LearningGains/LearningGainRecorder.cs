using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Assessments.LearningGains;

/// <summary>
/// Keeps each official's stored learning gain current: told after any attempt is graded (submission, time-up,
/// a trainer's essay grade), it recomputes that official's gain on the quiz's course from their attempts.
/// Recomputing from the attempts (never adding deltas) makes a repeated or late call harmless, and
/// <see cref="RebuildAsync"/> brings every row back in line after data arrived another way (an import, a seed).
/// </summary>
public sealed class LearningGainRecorder(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock) : IDomainEventHandler<QuizGraded>
{
    private const int MaxRetries = 5;

    /// <summary>First: certificates and the competency evidence read the stored gain.</summary>
    public int Order => ReactionOrder.Record;

    public Task HandleAsync(QuizGraded graded, CancellationToken cancellationToken) => OnQuizGradedAsync(graded.UserId, graded.QuizId, cancellationToken);

    public async Task OnQuizGradedAsync(string userId, int quizId, CancellationToken cancellationToken = default)
    {
        int courseId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var found = await db.Quizzes.Where(q => q.Id == quizId).Select(q => (int?)q.CourseId).SingleOrDefaultAsync(cancellationToken);
            if (found is null) return;
            courseId = found.Value;
        }
        await RefreshAsync(userId, courseId, cancellationToken);
    }

    /// <summary>Recomputes one official's gain on one course; returns it.</summary>
    public async Task<LearningGain> RefreshAsync(string userId, int courseId, CancellationToken ct = default)
    {
        for (var retry = 1; ; retry++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var tests = (await CourseTests.ForCoursesAsync(db, [courseId], ct)).GetValueOrDefault(courseId) ?? new CourseTests(null, null);
            var attempts = await CourseTests.FinishedAttempts(db, tests.QuizIds, userId).ToListAsync(ct);
            var gain = tests.GainOf(attempts);
            var row = await db.LearningGains.SingleOrDefaultAsync(g => g.UserId == userId && g.CourseId == courseId, ct);
            if (row is null)
            {
                if (gain.PreScore is null && gain.PostScore is null) return gain;
                row = new OfficialLearningGain(userId, courseId);
                db.LearningGains.Add(row);
            }
            if (!row.Update(gain, clock.GetUtcNow())) return gain;
            try
            {
                await db.SaveChangesAsync(ct);
                return gain;
            }
            catch (DbUpdateException) when (retry < MaxRetries)
            {
                // Another refresh inserted the row first: recompute and update it.
            }
        }
    }

    /// <summary>Recomputes every official's gain on the given courses (all when null); returns how many rows changed.</summary>
    public async Task<int> RebuildAsync(IReadOnlyCollection<int>? courseIds = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var changed = 0;
        var now = clock.GetUtcNow();
        foreach (var (courseId, tests) in await CourseTests.ForCoursesAsync(db, courseIds, ct))
        {
            var attempts = (await CourseTests.FinishedAttempts(db, tests.QuizIds).ToListAsync(ct)).ToLookup(a => a.UserId);
            var rows = await db.LearningGains.Where(g => g.CourseId == courseId).ToDictionaryAsync(g => g.UserId, ct);
            foreach (var userId in attempts.Select(a => a.Key).Union(rows.Keys))
            {
                var gain = tests.GainOf(attempts[userId]);
                if (!rows.TryGetValue(userId, out var row))
                {
                    if (gain.PreScore is null && gain.PostScore is null) continue;
                    row = new OfficialLearningGain(userId, courseId);
                    db.LearningGains.Add(row);
                }
                if (row.Update(gain, now)) changed++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return changed;
    }
}
