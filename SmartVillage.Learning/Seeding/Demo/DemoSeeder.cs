using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>
/// The demo: accounts first, then each area's demo story in an order where each finds what it needs (the workshop's
/// certificates need the accounts; the grading story needs the courses' trainers). Demo only: refused in Production.
/// </summary>
public sealed class DemoSeeder(
    IHostEnvironment environment,
    DemoAccounts accounts,
    DemoCourses courses,
    DemoWorkshops workshops,
    DemoMentoring mentoring,
    IDbContextFactory<LearningDbContext> dbFactory,
    TimeProvider clock,
    DemoGradingStory gradingStory,
    DemoEvaluations evaluations,
    ILogger<DemoSeeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (environment.IsProduction())
            throw new DomainException("Data demo tidak boleh dibuat di lingkungan Production.");

        var created = await accounts.SeedAsync(ct);
        await courses.SeedAsync(ct);
        await workshops.SeedAsync(ct);
        await mentoring.SeedAsync(ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct)) await DemoNetworks.SeedAsync(db, clock, ct);
        await gradingStory.SeedAsync(ct);
        await evaluations.SeedAsync(ct);
        logger.LogInformation("Demo data seeded: {Count} accounts", created);
        return created;
    }
}
