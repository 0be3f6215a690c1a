using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Learning;

namespace SmartVillage.Learning.Features.Catalog;

/// <summary>
/// The public catalog: tracks, published courses with search and filters, and one course's outline.
/// One short context per call; counts are computed by the database.
/// </summary>
public sealed class CatalogService(IDbContextFactory<LearningDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TrackSummary>> TracksAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Tracks.OrderBy(t => t.Title)
            .Select(t => new TrackSummary(t.Code, t.Title, t.Summary,
                db.Courses.Count(c => c.TrackCode == t.Code && c.Status == CourseStatus.Published)))
            .ToListAsync(ct);
    }

    /// <summary>Published courses only; <paramref name="query"/> narrows by words in the title or summary, track and level.</summary>
    public async Task<IReadOnlyList<CourseCard>> CoursesAsync(CatalogQuery? query = null, CancellationToken ct = default)
    {
        query ??= new CatalogQuery();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courses = db.Courses.Where(c => c.Status == CourseStatus.Published);
        if (!string.IsNullOrWhiteSpace(query.TrackCode)) courses = courses.Where(c => c.TrackCode == query.TrackCode);
        if (query.Level is { } level) courses = courses.Where(c => c.Level == level);
        foreach (var word in Words(query.Search))
            courses = courses.Where(c => c.Title.ToLower().Contains(word) || c.Summary.ToLower().Contains(word));

        var rows = await courses
            .Join(db.Tracks, c => c.TrackCode, t => t.Code, (c, t) => new
            {
                c.Slug, c.Title, c.Summary, c.TrackCode, TrackTitle = t.Title, c.Level, c.LessonHours,
                Lessons = c.Lessons.Count,
            })
            .OrderBy(c => c.Title)
            .ToListAsync(ct);
        return rows.Select(c => new CourseCard(c.Slug, c.Title, c.Summary, c.TrackCode, c.TrackTitle, c.Level, CourseLevels.Label(c.Level),
            c.LessonHours, c.Lessons)).ToList();
    }

    /// <summary>
    /// A course's outline for its public page. Drafts are visible only to the course's trainers and admins.
    /// <paramref name="userId"/> is the signed-in person (null when anonymous), taken from the principal by the caller.
    /// </summary>
    public async Task<CourseDetail?> CourseAsync(string slug, string? userId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.Where(c => c.Slug == slug)
            .Join(db.Tracks, c => c.TrackCode, t => t.Code, (c, t) => new
            {
                c.Id, c.Slug, c.Title, c.Summary, c.TrackCode, TrackTitle = t.Title, c.Level, c.LessonHours, c.PassingScore, c.Status,
            })
            .SingleOrDefaultAsync(ct);
        if (course is null) return null;
        var isDraft = course.Status != CourseStatus.Published;
        if (isDraft && (userId is null || !await CoursePreview.CanPreviewAsync(db, course.Id, userId, ct))) return null;

        var lessons = await db.Lessons.Where(l => l.CourseId == course.Id)
            .OrderBy(l => l.Module!.Position).ThenBy(l => l.Position)
            .Select(l => new { l.Id, l.Slug, l.Title, l.Minutes, l.ModuleId, ModuleTitle = l.Module!.Title })
            .ToListAsync(ct);
        var trainers = await db.CourseTrainers.Where(t => t.CourseId == course.Id)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.IsOwner, u.FullName })
            .OrderByDescending(t => t.IsOwner).ThenBy(t => t.FullName)
            .Select(t => t.FullName)
            .ToListAsync(ct);

        EnrollmentStatus? enrollment = null;
        if (userId is not null)
        {
            var enrolled = await db.Enrollments.AnyAsync(e => e.CourseId == course.Id && e.UserId == userId, ct);
            if (enrolled)
            {
                var completedIds = await db.LessonCompletions
                    .Where(c => c.UserId == userId && db.Lessons.Any(l => l.Id == c.LessonId && l.CourseId == course.Id))
                    .Select(c => c.LessonId).ToListAsync(ct);
                enrollment = new EnrollmentStatus(CourseProgress.Of(completedIds.Count, lessons.Count), completedIds.ToHashSet());
            }
        }

        var modules = lessons.GroupBy(l => (l.ModuleId, l.ModuleTitle))
            .Select(g => new ModuleOutline(g.Key.ModuleTitle, g.Select(l => new LessonOutline(l.Slug, l.Title, l.Minutes,
                enrollment?.CompletedLessonIds.Contains(l.Id) == true)).ToList()))
            .ToList();
        return new CourseDetail(course.Slug, course.Title, course.Summary, course.TrackCode, course.TrackTitle, course.Level,
            CourseLevels.Label(course.Level), course.LessonHours, course.PassingScore, isDraft, lessons.Count, modules, trainers,
            enrollment is not null, enrollment?.Progress);
    }

    private static IEnumerable<string> Words(string? search) =>
        (search ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8);

    private sealed record EnrollmentStatus(CourseProgress Progress, HashSet<int> CompletedLessonIds);
}

public sealed record CatalogQuery(string? Search = null, string? TrackCode = null, CourseLevel? Level = null);

public sealed record TrackSummary(string Code, string Title, string Summary, int PublishedCourses);

public sealed record CourseCard(string Slug, string Title, string Summary, string TrackCode, string TrackTitle, CourseLevel Level, string LevelLabel,
    int LessonHours, int Lessons);

public sealed record CourseDetail(string Slug, string Title, string Summary, string TrackCode, string TrackTitle, CourseLevel Level, string LevelLabel,
    int LessonHours, int PassingScore, bool IsDraft, int Lessons, IReadOnlyList<ModuleOutline> Modules, IReadOnlyList<string> Trainers,
    bool IsEnrolled, CourseProgress? Progress);

public sealed record ModuleOutline(string Title, IReadOnlyList<LessonOutline> Lessons);

public sealed record LessonOutline(string Slug, string Title, int Minutes, bool IsCompleted);
