using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>The courses' trainers, and Bu Siti part-way through the APBDes course.</summary>
public sealed class DemoCourses(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock)
{
    public const string SitiCourseSlug = "pengelolaan-apbdes-siskeudes";

    /// <summary>
    /// Pak Hendra trains the Manajemen Proyek courses, Bu Dewi the others; Bu Siti is part-way through
    /// the APBDes course, as in JOURNEYS.md ("Materi 3 dari 5").
    /// </summary>
    public async Task SeedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hendra = await db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
        var dewi = await db.Users.Where(u => u.Email == "dewi@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
        var courses = await db.Courses.Include(c => c.Trainers).Include(c => c.Lessons).ThenInclude(l => l.Module).ToListAsync(ct);
        foreach (var course in courses) course.AddTrainer(course.TrackCode == "MP" ? hendra : dewi);

        var apbdes = courses.FirstOrDefault(c => c.Slug == SitiCourseSlug);
        var siti = await db.Users.Where(u => u.PhoneNumber == "+6281270000001").Select(u => u.Id).SingleAsync(ct);
        if (apbdes is not null && !await db.Enrollments.AnyAsync(e => e.UserId == siti && e.CourseId == apbdes.Id, ct))
        {
            var now = clock.GetUtcNow();
            var lessons = apbdes.LessonsInOrder.ToList();
            var enrollment = new Enrollment(apbdes.Id, siti, EnrollmentSource.Cohort, hendra, now.AddDays(-10));
            foreach (var lesson in lessons.Take(2)) db.LessonCompletions.Add(new LessonCompletion(siti, lesson.Id, now.AddDays(-3)));
            if (lessons.Count > 2) enrollment.Visit(lessons[2].Id, now.AddDays(-1));
            db.Enrollments.Add(enrollment);
        }
        await db.SaveChangesAsync(ct);
    }
}
