using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Features.Assessments.Grading;
using SmartVillage.Learning.Features.Assessments.LearningGains;

namespace SmartVillage.Learning.Tests.Seeding.Demo;

public sealed class DemoGradingStoryTests
{
    [Fact]
    public async Task DemoData_HasOneEssayWaitingForPakHendra_AndThePreTestScoreOn_KursusSaya()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
        var hendra = await database.QueryAsync(db => db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleAsync());
        var official = await database.QueryAsync(db => db.Users.Where(u => u.PhoneNumber == DemoGradingStory.OfficialPhone).Select(u => u.Id).SingleAsync());

        var waiting = await database.InScopeAsync<GradingService, IReadOnlyList<CourseToGrade>>(g => g.CoursesToGradeAsync(Actor.Trainer(hendra)));
        var gains = await database.InScopeAsync<ILearningGainFigures, IReadOnlyList<MyLearningGain>>(f => f.ForOfficialAsync(official));

        var course = Assert.Single(waiting);
        Assert.Equal(("Pengelolaan APBDes dengan Siskeudes", 1), (course.CourseTitle, course.Essays));
        var gain = Assert.Single(gains);
        Assert.Equal("Nilai awal 37,5; nilai akhir tampil sesudah post-test dinilai.", gain.Sentence);
    }
}
