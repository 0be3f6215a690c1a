using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Seeding.Synthetic;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Seeding.Synthetic;

/// <summary>`seed synthetic` over 90 villages × 5 officials, shared by the scale tests, which only read it.</summary>
public sealed class SyntheticScaleWorld : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;
    public SyntheticDataSeeder.Summary Seeded { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Seeded = await Database.InScopeAsync<SyntheticDataSeeder, SyntheticDataSeeder.Summary>(s => s.SeedAsync(90, 5, seed: 3));
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// The seed's proportions, per official, are DESIGN.md §7's province figures divided by its ≈26,500 officials:
/// ≈250,000 attempts (9.4 each), ≈500,000 attendance marks (18.9), ≈40,000 certificates (1.5); a small seed must land near them.
/// </summary>
public class SyntheticScaleTests(SyntheticScaleWorld world) : IClassFixture<SyntheticScaleWorld>
{
    [Fact]
    public async Task SmallSeed_PerOfficial_AttemptsMarksAndCertificatesScaleToTheProvinceFigures()
    {
        var officials = world.Seeded.Officials;
        var (attempts, marks, certificates, registrations) = await world.Database.QueryAsync(async db => (
            await db.QuizAttempts.CountAsync(),
            await db.AttendanceMarks.CountAsync(),
            await db.Certificates.CountAsync(),
            await db.Registrations.GroupBy(r => r.UserId).Select(g => g.Count()).ToListAsync()));

        Assert.Equal(450, officials);
        Assert.Equal(world.Seeded.AttendanceMarks, marks);
        Assert.InRange((double)attempts / officials, 8.5, 10.5);
        Assert.InRange((double)marks / officials, 16.0, 22.0);
        Assert.InRange((double)certificates / officials, 1.36, 1.66);
        // Each official in one to three workshops, about two on average: not hundreds of workshops each.
        Assert.Equal(officials, registrations.Count);
        Assert.All(registrations, n => Assert.InRange(n, 1, 3));
        Assert.InRange(registrations.Average(), 1.7, 2.1);
        // 150 workshops over 2,651 villages: 5 over 90.
        Assert.Equal(5, world.Seeded.Workshops);
    }

    [Fact]
    public async Task SmallSeed_AddsSixSyntheticCourses_EachWithLessonsAndPublishedPreAndPostTests()
    {
        var courses = await world.Database.QueryAsync(db => db.Courses
            .Select(c => new
            {
                c.Slug, c.Title, c.Summary, c.Status, c.TrackCode,
                Lessons = c.Lessons.Count,
                Tests = db.Quizzes.Where(q => q.CourseId == c.Id && q.Status == QuizStatus.Published)
                    .Select(q => new { q.Purpose, Questions = q.Slots.Count }).ToList(),
                Enrolled = db.Enrollments.Count(e => e.CourseId == c.Id),
            })
            .ToListAsync());

        Assert.Equal(12, courses.Count);
        var synthetic = courses.Where(c => c.Slug.StartsWith("sintetis-", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, synthetic.Count);
        Assert.Equal(["KE", "MP", "TD"], synthetic.Select(c => c.TrackCode).Distinct().Order());
        Assert.All(synthetic, c =>
        {
            Assert.Equal(CourseStatus.Published, c.Status);
            Assert.Contains("sintetis", c.Summary);
            Assert.True(c.Lessons >= 4);
            Assert.Equal([QuizPurpose.PreTest, QuizPurpose.PostTest], c.Tests.Select(t => t.Purpose).Order());
            Assert.All(c.Tests, t => Assert.Equal(SyntheticCourses.QuestionsPerTest, t.Questions));
        });
        // Every course, content or synthetic, has learners.
        Assert.All(courses, c => Assert.True(c.Enrolled > 0, c.Slug));
    }

    [Fact]
    public async Task SmallSeed_EveryCertificateIsOneTheIssuerWouldIssue_AndTheEligibleHaveOne()
    {
        var (certificates, registrations, completed) = await world.Database.QueryAsync(async db => (
            await db.Certificates.Select(c => new { c.UserId, c.Kind, c.CourseId, c.WorkshopId }).ToListAsync(),
            await db.Registrations.Select(r => new { r.UserId, r.WorkshopId }).ToListAsync(),
            await db.Enrollments.Where(e => e.CompletedAt != null).Select(e => new { e.UserId, e.CourseId }).ToListAsync()));

        var workshopHolders = certificates.Where(c => c.Kind == CertificateKind.Workshop).Select(c => (c.UserId, c.WorkshopId!.Value)).ToHashSet();
        var courseHolders = certificates.Where(c => c.Kind == CertificateKind.Course).Select(c => (c.UserId, c.CourseId!.Value)).ToHashSet();
        Assert.NotEmpty(workshopHolders);
        Assert.NotEmpty(courseHolders);
        // Reduced eligibility, not dropped certificates: fewer than half the seats and the finished courses earn one.
        Assert.InRange((double)workshopHolders.Count / registrations.Count, 0.25, 0.45);

        // The real rules (CertificateIssuer) over every seat and every finished course: a certificate exactly where they allow one.
        await world.Database.InScopeAsync<CertificateIssuer, int>(async issuer =>
        {
            foreach (var r in registrations)
            {
                var eligibility = await issuer.WorkshopEligibilityAsync(r.UserId, r.WorkshopId);
                Assert.True(eligibility.IsEligible == workshopHolders.Contains((r.UserId, r.WorkshopId)), $"{r.UserId} workshop {r.WorkshopId}: {eligibility.Missing}");
            }
            foreach (var e in completed)
            {
                var eligibility = await issuer.CourseEligibilityAsync(e.UserId, e.CourseId);
                Assert.True(eligibility.IsEligible == courseHolders.Contains((e.UserId, e.CourseId)), $"{e.UserId} course {e.CourseId}: {eligibility.Missing}");
            }
            return 0;
        });
        // Course certificates only for finished courses, whatever the post-test said.
        Assert.All(courseHolders, h => Assert.Contains(new { UserId = h.UserId, CourseId = h.Item2 }, completed));
    }

    [Fact]
    public async Task SmallSeed_NothingIsDatedAfterTheSeedsToday()
    {
        var now = world.Database.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (submitted, issued, read) = await world.Database.QueryAsync(async db => (
            await db.QuizAttempts.Select(a => a.SubmittedAt).ToListAsync(),
            await db.Certificates.Select(c => c.IssuedAt).ToListAsync(),
            await db.LessonCompletions.Select(c => c.CompletedAt).ToListAsync()));

        Assert.All(submitted, at => Assert.True(at <= now, $"attempt submitted {at}"));
        Assert.All(issued, at => Assert.True(at <= now, $"certificate issued {at}"));
        Assert.All(read, at => Assert.True(at <= now, $"lesson read {at}"));
    }

    [Fact]
    public async Task SmallSeed_PostTestAttempts_StayWithinTheTwoTheContentAllows_AndPreTestsOne()
    {
        var numbers = await world.Database.QueryAsync(db => db.QuizAttempts
            .Join(db.Quizzes, a => a.QuizId, q => q.Id, (a, q) => new { q.Purpose, a.Number })
            .GroupBy(x => x.Purpose).Select(g => new { Purpose = g.Key, Most = g.Max(x => x.Number), Retakes = g.Count(x => x.Number > 1) })
            .ToListAsync());

        Assert.Equal(1, numbers.Single(n => n.Purpose == QuizPurpose.PreTest).Most);
        var post = numbers.Single(n => n.Purpose == QuizPurpose.PostTest);
        Assert.Equal(2, post.Most);
        Assert.True(post.Retakes > 0);
    }
}
