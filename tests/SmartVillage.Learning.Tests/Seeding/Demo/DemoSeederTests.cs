using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.Seeding.Demo;

public class DemoSeederTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private TestDatabase Database => fixture.Database;

    private Task<List<string>> UserNamesInRoleAsync(string role) =>
        Database.InScopeAsync<UserManager<ApplicationUser>, List<string>>(async users =>
            (await users.GetUsersInRoleAsync(role)).Select(u => u.UserName!).ToList());

    [Fact]
    public async Task Seed_EmptyDatabase_Creates7StaffAnd42Officials()
    {
        Assert.Equal(49, fixture.Created);
        Assert.Equal(49, await Database.CountUsersAsync());
        Assert.Equal(42, (await UserNamesInRoleAsync(Roles.Official)).Count);
        Assert.Equal(["admin@smartvillage.test"], await UserNamesInRoleAsync(Roles.Admin));
        Assert.Equal(2, (await UserNamesInRoleAsync(Roles.Trainer)).Count);
        Assert.Equal(["maria@smartvillage.test", "yusuf@smartvillage.test"], (await UserNamesInRoleAsync(Roles.Mentor)).Order().ToList());
        Assert.Equal(2, (await UserNamesInRoleAsync(Roles.Reviewer)).Count);
    }

    [Fact]
    public async Task Seed_EveryAccount_HasExactlyOneRole()
    {
        var roleCounts = await Database.QueryAsync(db => db.Users.Select(u => db.UserRoles.Count(ur => ur.UserId == u.Id)).ToListAsync());
        Assert.All(roleCounts, c => Assert.Equal(1, c));
    }

    [Fact]
    public async Task Seed_BuSiti_IsKaurKeuanganOfKarangBrakWithHerPhone()
    {
        var siti = await Database.FindByPhoneAsync("+6281270000001");

        Assert.NotNull(siti);
        Assert.Equal("Siti Rahmawati", siti.FullName);
        Assert.Equal("+6281270000001", siti.UserName);
        Assert.Equal("18.06.16.2010", siti.VillageCode);
        Assert.Equal(OfficialPosition.FinanceAffairsHead, siti.Position);
        Assert.True(siti.PhoneNumberConfirmed);
        Assert.Equal([Roles.Official], await Database.RolesOfAsync(siti));
    }

    [Fact]
    public async Task Seed_Officials_LiveInRealRuralVillagesWithUniquePhones()
    {
        var officials = await Database.QueryAsync(db => db.Users.Where(u => u.VillageCode != null)
            .Select(u => new { u.PhoneNumber, u.Position, Village = db.Villages.Single(v => v.Code == u.VillageCode) }).ToListAsync());

        Assert.Equal(42, officials.Count);
        Assert.Equal(42, officials.Select(o => o.PhoneNumber).Distinct().Count());
        Assert.All(officials, o => Assert.False(o.Village.IsUrbanWard));
        Assert.All(officials, o => Assert.NotNull(o.Position));
        Assert.Equal(["18.04", "18.06", "18.12"], officials.Select(o => o.Village.Code[..5]).Distinct().Order());
    }

    [Fact]
    public async Task Seed_ReviewerRina_IsScopedToTanggamus()
    {
        var reviewers = await Database.QueryAsync(db => db.Users.Where(u => u.Email == "rina@smartvillage.test" || u.Email == "ahmad@smartvillage.test")
            .ToDictionaryAsync(u => u.Email!, u => u.ReviewerRegencyCode));

        Assert.Equal("18.06", reviewers["rina@smartvillage.test"]);
        Assert.Null(reviewers["ahmad@smartvillage.test"]);
    }

    [Fact]
    public async Task Seed_ReviewerRina_SignsInWithScopeAndNameClaims()
    {
        var principal = await Database.InScopeAsync<IServiceProvider, System.Security.Claims.ClaimsPrincipal>(async sp =>
        {
            var rina = await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("rina@smartvillage.test");
            return await sp.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(rina!);
        });

        Assert.Equal("18.06", principal.FindFirst(ReviewerScopeClaim.Type)?.Value);
        Assert.Equal("Rina Marlina", principal.FindFirst(FullNameClaim.Type)?.Value);
        Assert.True(principal.IsInRole(Roles.Reviewer));
    }

    [Theory]
    [InlineData("admin@smartvillage.test")]
    [InlineData("+6281270000001")]
    public async Task Seed_DemoPassword_SignsIn(string userName)
    {
        var (right, wrong) = await Database.InScopeAsync<UserManager<ApplicationUser>, (bool, bool)>(async users =>
        {
            var user = await users.FindByNameAsync(userName);
            Assert.NotNull(user);
            return (await users.CheckPasswordAsync(user, DemoAccounts.Password), await users.CheckPasswordAsync(user, "Lampung#2025"));
        });

        Assert.True(right);
        Assert.False(wrong);
    }

    [Fact]
    public async Task Seed_Siti_IsOnLessonThreeOfFiveOfTheApbdesCourse()
    {
        var state = await Database.QueryAsync(async db =>
        {
            var siti = await db.Users.SingleAsync(u => u.PhoneNumber == "+6281270000001");
            var course = await db.Courses.SingleAsync(c => c.Slug == DemoCourses.SitiCourseSlug);
            var lessons = await db.Lessons.Where(l => l.CourseId == course.Id)
                .OrderBy(l => l.Module!.Position).ThenBy(l => l.Position).Select(l => l.Id).ToListAsync();
            var enrollment = await db.Enrollments.SingleAsync(e => e.UserId == siti.Id && e.CourseId == course.Id);
            var done = await db.LessonCompletions.Where(c => c.UserId == siti.Id).Select(c => c.LessonId).ToListAsync();
            return (lessons, enrollment.LastLessonId, done);
        });

        Assert.Equal(5, state.lessons.Count);
        Assert.Equal(state.lessons.Take(2).Order(), state.done.Order());
        Assert.Equal(state.lessons[2], state.LastLessonId);
    }

    [Fact]
    public async Task Seed_ContentCourses_AreTrainedByHendraOrDewi()
    {
        var trainers = await Database.QueryAsync(db => db.Courses
            .Select(c => new { c.TrackCode, Emails = db.CourseTrainers.Where(t => t.CourseId == c.Id).Join(db.Users, t => t.UserId, u => u.Id, (t, u) => u.Email).ToList() })
            .ToListAsync());

        Assert.NotEmpty(trainers);
        Assert.All(trainers, c => Assert.Equal([c.TrackCode == "MP" ? "hendra@smartvillage.test" : "dewi@smartvillage.test"], c.Emails));
    }

    [Fact]
    public async Task Seed_SecondTime_CreatesNoOne()
    {
        var created = await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());

        Assert.Equal(0, created);
        Assert.Equal(49, await Database.CountUsersAsync());
    }

    [Fact]
    public async Task SignIn_FiveFailedAttempts_LockTheAccount()
    {
        // Dewi is read by no other test here.
        var lockedAfter = await Database.InScopeAsync<UserManager<ApplicationUser>, List<bool>>(async users =>
        {
            var dewi = await users.FindByNameAsync("dewi@smartvillage.test");
            Assert.NotNull(dewi);
            Assert.True(await users.GetLockoutEnabledAsync(dewi));
            var states = new List<bool>();
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                await users.AccessFailedAsync(dewi);
                states.Add(await users.IsLockedOutAsync(dewi));
            }
            return states;
        });

        Assert.Equal([false, false, false, false, true], lockedAfter);
    }

    [Fact]
    public void IdentityOptions_Lockout_Is5AttemptsFor15Minutes()
    {
        var lockout = Database.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout;
        Assert.Equal(5, lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), lockout.DefaultLockoutTimeSpan);
        Assert.True(lockout.AllowedForNewUsers);
    }

    [Fact]
    public void PasswordHasher_IterationCount_MeetsOwaspFloor() =>
        Assert.True(Database.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount >= 210_000);

    [Fact]
    public async Task Seed_InProduction_IsRefusedAndCreatesNoOne()
    {
        await using var production = await TestDatabase.CreateAsync(environmentName: "Production");

        var e = await Assert.ThrowsAsync<DomainException>(() => production.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync()));

        Assert.Contains("Production", e.Message);
        Assert.Equal(0, await production.CountUsersAsync());
    }
}
