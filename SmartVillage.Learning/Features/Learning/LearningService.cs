using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Learning;

/// <summary>
/// An official's own learning: enrolling, reading lessons, marking them complete, and continuing where
/// they stopped. Every method acts for <c>userId</c>, which the caller takes from the signed-in
/// principal (never from a URL), so a person only ever sees and changes their own progress.
/// </summary>
public sealed class LearningService(IDbContextFactory<LearningDbContext> dbFactory, MarkdownRenderer markdown, TimeProvider clock,
    IDomainEventDispatcher? events = null)
{
    /// <summary>Enrolls the person in a published course; enrolling again (or twice at once) changes nothing.</summary>
    public async Task<EnrollOutcome> SelfEnrollAsync(string userId, string courseSlug, CancellationToken ct = default)
    {
        int courseId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var found = await db.Courses.Where(c => c.Slug == courseSlug && c.Status == CourseStatus.Published)
                .Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
            if (found is null) return EnrollOutcome.CourseNotFound;
            courseId = found.Value;
            if (await db.Enrollments.AnyAsync(e => e.CourseId == courseId && e.UserId == userId, ct)) return EnrollOutcome.AlreadyEnrolled;

            db.Enrollments.Add(new Enrollment(courseId, userId, EnrollmentSource.Self, enrolledById: null, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
                return EnrollOutcome.Enrolled;
            }
            catch (DbUpdateException)
            {
                // A double click or a cohort enrolment won the race: the unique index on (CourseId, UserId) refused ours.
            }
        }
        await using var check = await dbFactory.CreateDbContextAsync(ct);
        if (await check.Enrollments.AnyAsync(e => e.CourseId == courseId && e.UserId == userId, ct)) return EnrollOutcome.AlreadyEnrolled;
        throw new DomainException("Pendaftaran kursus gagal. Muat ulang halaman lalu coba lagi.");
    }

    /// <summary>
    /// A lesson for reading, or null when there is no such lesson for this person (unknown, or a draft
    /// they may not preview). Records the visit for an enrolled person, so "continue" comes back here.
    /// </summary>
    public async Task<LessonView?> GetLessonAsync(string userId, string courseSlug, string lessonSlug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.Where(c => c.Slug == courseSlug)
            .Select(c => new { c.Id, c.Slug, c.Title, c.Status }).SingleOrDefaultAsync(ct);
        if (course is null) return null;
        var isDraft = course.Status != CourseStatus.Published;
        var canPreview = isDraft && await CoursePreview.CanPreviewAsync(db, course.Id, userId, ct);
        if (isDraft && !canPreview) return null;

        var lessons = await OrderedLessons(db, course.Id)
            .Select(l => new { l.Id, l.Slug, l.Title, l.Minutes, ModuleTitle = l.Module!.Title })
            .ToListAsync(ct);
        var index = lessons.FindIndex(l => l.Slug == lessonSlug);
        if (index < 0) return null;
        var lesson = lessons[index];

        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == course.Id && e.UserId == userId, ct);
        LessonAccess access;
        if (enrollment is not null)
        {
            access = LessonAccess.Enrolled;
            enrollment.Visit(lesson.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        else
        {
            access = canPreview || await CoursePreview.CanPreviewAsync(db, course.Id, userId, ct) ? LessonAccess.Preview : LessonAccess.NotEnrolled;
        }

        string? html = null;
        if (access != LessonAccess.NotEnrolled)
            html = markdown.ToHtml(await db.Lessons.Where(l => l.Id == lesson.Id).Select(l => l.Markdown).SingleAsync(ct));

        var completed = access == LessonAccess.Enrolled
            ? await db.LessonCompletions.Where(c => c.UserId == userId && db.Lessons.Any(l => l.Id == c.LessonId && l.CourseId == course.Id))
                .Select(c => c.LessonId).ToListAsync(ct)
            : [];

        return new LessonView(course.Slug, course.Title, isDraft, lesson.Id, lesson.Slug, lesson.Title, lesson.ModuleTitle, lesson.Minutes,
            index + 1, lessons.Count,
            index > 0 ? lessons[index - 1].Slug : null,
            index < lessons.Count - 1 ? lessons[index + 1].Slug : null,
            access, html, completed.Contains(lesson.Id), CourseProgress.Of(completed.Count, lessons.Count));
    }

    /// <summary>
    /// Marks a lesson read for the person. Idempotent: a second call or a double click adds nothing
    /// (the unique index on (UserId, LessonId) settles a race). Returns the course progress after it.
    /// </summary>
    public async Task<CourseProgress> MarkCompleteAsync(string userId, int lessonId, CancellationToken ct = default)
    {
        int courseId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var lesson = await db.Lessons.Where(l => l.Id == lessonId)
                .Select(l => new { l.CourseId, Published = db.Courses.Any(c => c.Id == l.CourseId && c.Status == CourseStatus.Published) })
                .SingleOrDefaultAsync(ct) ?? throw new DomainException("Materi ini tidak ditemukan. Buka kembali dari halaman kursus.");
            courseId = lesson.CourseId;
            if (!await db.Enrollments.AnyAsync(e => e.CourseId == courseId && e.UserId == userId, ct))
                throw new DomainException("Ikuti kursus ini terlebih dahulu, lalu tandai materi selesai.");
            if (!lesson.Published && !await CoursePreview.CanPreviewAsync(db, courseId, userId, ct))
                throw new DomainException("Kursus ini belum diterbitkan.");

            if (!await db.LessonCompletions.AnyAsync(c => c.UserId == userId && c.LessonId == lessonId, ct))
            {
                db.LessonCompletions.Add(new LessonCompletion(userId, lessonId, clock.GetUtcNow()));
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // The same click arrived twice: the other request already recorded it.
                }
            }
        }

        await using var after = await dbFactory.CreateDbContextAsync(ct);
        if (!await after.LessonCompletions.AnyAsync(c => c.UserId == userId && c.LessonId == lessonId, ct))
            throw new DomainException("Materi belum tercatat selesai. Coba lagi.");
        var progress = await ProgressAsync(after, userId, courseId, ct);
        var enrollment = await after.Enrollments.SingleAsync(e => e.CourseId == courseId && e.UserId == userId, ct);
        enrollment.UpdateCompletion(progress, clock.GetUtcNow());
        await after.SaveChangesAsync(ct);
        if (progress.IsComplete)
            await (events ?? NoDomainEvents.Instance).PublishAsync(new CourseCompleted(userId, courseId), ct);
        return progress;
    }

    /// <summary>The person's published courses with progress (counted by the database) and where to continue each.</summary>
    public async Task<IReadOnlyList<MyCourse>> MyCoursesAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Enrollments.Where(e => e.UserId == userId)
            .Join(db.Courses.Where(c => c.Status == CourseStatus.Published), e => e.CourseId, c => c.Id, (e, c) => new { e, c })
            .Join(db.Tracks, x => x.c.TrackCode, t => t.Code, (x, t) => new
            {
                CourseId = x.c.Id, x.c.Slug, x.c.Title, TrackTitle = t.Title, x.c.LessonHours,
                x.e.LastLessonId, x.e.LastVisitedAt, x.e.EnrolledAt, x.e.CompletedAt,
                Total = db.Lessons.Count(l => l.CourseId == x.c.Id),
                Done = db.LessonCompletions.Count(lc => lc.UserId == userId && db.Lessons.Any(l => l.Id == lc.LessonId && l.CourseId == x.c.Id)),
            })
            .ToListAsync(ct);
        if (rows.Count == 0) return [];

        var courseIds = rows.Select(r => r.CourseId).ToList();
        var lessons = await db.Lessons.Where(l => courseIds.Contains(l.CourseId))
            .OrderBy(l => l.CourseId).ThenBy(l => l.Module!.Position).ThenBy(l => l.Position)
            .Select(l => new { l.Id, l.CourseId, l.Slug })
            .ToListAsync(ct);
        var done = (await db.LessonCompletions.Where(c => c.UserId == userId)
            .Join(db.Lessons.Where(l => courseIds.Contains(l.CourseId)), c => c.LessonId, l => l.Id, (c, l) => c.LessonId)
            .ToListAsync(ct)).ToHashSet();
        var byCourse = lessons.ToLookup(l => l.CourseId);

        return rows
            .Select(r =>
            {
                var ordered = byCourse[r.CourseId].ToList();
                var target = ContinueRule.TargetIndex(ordered.Select(l => l.Id).ToList(), done, r.LastLessonId);
                return new MyCourse(r.Slug, r.Title, r.TrackTitle, r.LessonHours, CourseProgress.Of(r.Done, r.Total),
                    target is { } i ? ordered[i].Slug : null, (target ?? 0) + 1, r.LastLessonId is not null || r.Done > 0,
                    r.LastVisitedAt ?? r.EnrolledAt, r.CompletedAt);
            })
            .OrderByDescending(c => c.LastActivityAt)
            .ToList();
    }

    /// <summary>The most recently visited course the person has not finished, and the lesson to open; null when there is none.</summary>
    public async Task<ContinueLearning?> ContinueAsync(string userId, CancellationToken ct = default)
    {
        var next = (await MyCoursesAsync(userId, ct)).FirstOrDefault(c => !c.Progress.IsComplete && c.ContinueLessonSlug is not null);
        return next is null ? null : new ContinueLearning(next.Slug, next.Title, next.ContinueLessonNumber, next.Progress.TotalLessons, next.ContinueUrl!, next.Progress);
    }

    private static IQueryable<Lesson> OrderedLessons(LearningDbContext db, int courseId) =>
        db.Lessons.Where(l => l.CourseId == courseId).OrderBy(l => l.Module!.Position).ThenBy(l => l.Position);

    private static async Task<CourseProgress> ProgressAsync(LearningDbContext db, string userId, int courseId, CancellationToken ct)
    {
        var counts = await db.Courses.Where(c => c.Id == courseId)
            .Select(c => new
            {
                Total = db.Lessons.Count(l => l.CourseId == c.Id),
                Done = db.LessonCompletions.Count(lc => lc.UserId == userId && db.Lessons.Any(l => l.Id == lc.LessonId && l.CourseId == c.Id)),
            })
            .SingleAsync(ct);
        return CourseProgress.Of(counts.Done, counts.Total);
    }
}

public enum EnrollOutcome
{
    Enrolled,
    AlreadyEnrolled,

    /// <summary>No published course has this slug.</summary>
    CourseNotFound,
}

public enum LessonAccess
{
    /// <summary>The person is enrolled: they read, and their visit and completion count.</summary>
    Enrolled,

    /// <summary>A trainer of the course or an admin reading without being enrolled.</summary>
    Preview,

    /// <summary>Not enrolled: the page offers enrolling first and shows no text.</summary>
    NotEnrolled,
}

public sealed record LessonView(
    string CourseSlug, string CourseTitle, bool CourseIsDraft,
    int LessonId, string LessonSlug, string Title, string ModuleTitle, int Minutes,
    int Number, int Count, string? PreviousSlug, string? NextSlug,
    LessonAccess Access, string? Html, bool IsCompleted, CourseProgress Progress)
{
    public string Position => $"Materi {Number} dari {Count}";
}

public sealed record MyCourse(string Slug, string Title, string TrackTitle, int LessonHours, CourseProgress Progress,
    string? ContinueLessonSlug, int ContinueLessonNumber, bool Started, DateTimeOffset LastActivityAt, DateTimeOffset? CompletedAt)
{
    public string? ContinueUrl => ContinueLessonSlug is null ? null : $"/courses/{Slug}/lessons/{ContinueLessonSlug}";
}

public sealed record ContinueLearning(string CourseSlug, string CourseTitle, int LessonNumber, int LessonCount, string Url, CourseProgress Progress)
{
    /// <summary>"Pengelolaan APBDes dengan Siskeudes — Materi 3 dari 5".</summary>
    public string Label => $"{CourseTitle} — Materi {LessonNumber} dari {LessonCount}";
}

/// <summary>Where "continue" opens: the last lesson visited if it is not complete, else the next one not complete.</summary>
internal static class ContinueRule
{
    public static int? TargetIndex(IReadOnlyList<int> lessonIdsInOrder, IReadOnlySet<int> completed, int? lastLessonId)
    {
        if (lessonIdsInOrder.Count == 0) return null;
        var last = lastLessonId is null ? -1 : IndexOf(lessonIdsInOrder, lastLessonId.Value);
        if (last >= 0 && !completed.Contains(lessonIdsInOrder[last])) return last;
        for (var i = last + 1; i < lessonIdsInOrder.Count; i++)
            if (!completed.Contains(lessonIdsInOrder[i])) return i;
        for (var i = 0; i < last; i++)
            if (!completed.Contains(lessonIdsInOrder[i])) return i;
        return Math.Max(last, 0);
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
            if (ids[i] == id) return i;
        return -1;
    }
}
