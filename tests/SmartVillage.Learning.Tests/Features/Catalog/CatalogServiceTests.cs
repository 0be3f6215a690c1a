using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Features.Catalog;
using SmartVillage.Learning.Tests.Features.Learning;

namespace SmartVillage.Learning.Tests.Features.Catalog;

public class CatalogServiceTests : IAsyncLifetime
{
    private readonly LearningWorld world = new();
    private CatalogService Catalog => world.Catalog;

    public Task InitializeAsync() => world.InitializeAsync();

    public Task DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Tracks_TheThreeOfTheProgrammeWithPublishedCourses()
    {
        var tracks = await Catalog.TracksAsync();

        Assert.Equal(["KE", "MP", "TD"], tracks.Select(t => t.Code).Order());
        Assert.Contains(tracks, t => t.Code == "MP" && t.Title == "Manajemen Proyek");
        Assert.All(tracks, t => Assert.True(t.PublishedCourses > 0));
    }

    [Fact]
    public async Task Courses_All_ListsEveryPublishedContentCourseWithItsFacts()
    {
        var courses = await Catalog.CoursesAsync();

        Assert.Equal(Directory.GetDirectories(Path.Combine(TestSupport.RepositoryPaths.Content, "courses")).Length, courses.Count);
        var apbdes = Assert.Single(courses, c => c.Slug == LearningWorld.Apbdes);
        Assert.Equal("Pengelolaan APBDes dengan Siskeudes", apbdes.Title);
        Assert.Equal("Manajemen Proyek", apbdes.TrackTitle);
        Assert.Equal(CourseLevel.Basic, apbdes.Level);
        Assert.Equal("Dasar", apbdes.LevelLabel);
        Assert.Equal(8, apbdes.LessonHours);
        Assert.Equal(5, apbdes.Lessons);
        Assert.StartsWith("Memahami struktur", apbdes.Summary);
        Assert.Equal(courses.OrderBy(c => c.Title, StringComparer.Ordinal).Select(c => c.Slug), courses.Select(c => c.Slug));
    }

    [Theory]
    [InlineData("siskeudes")]
    [InlineData("SISKEUDES")]
    [InlineData("BLT desa")]
    public async Task Courses_Search_MatchesTitleOrSummaryWhateverTheCase(string search)
    {
        var courses = await Catalog.CoursesAsync(new CatalogQuery(search));

        Assert.Contains(courses, c => c.Slug == LearningWorld.Apbdes);
        Assert.All(courses, c => Assert.True(
            search.Split(' ').All(w => (c.Title + " " + c.Summary).Contains(w, StringComparison.OrdinalIgnoreCase)), c.Title));
    }

    [Fact]
    public async Task Courses_SearchWithNoMatch_IsEmpty() =>
        Assert.Empty(await Catalog.CoursesAsync(new CatalogQuery("kapal selam")));

    [Fact]
    public async Task Courses_FilterByTrackAndLevel()
    {
        var mp = await Catalog.CoursesAsync(new CatalogQuery(TrackCode: "MP"));
        var mpBasic = await Catalog.CoursesAsync(new CatalogQuery(TrackCode: "MP", Level: CourseLevel.Basic));

        Assert.NotEmpty(mp);
        Assert.All(mp, c => Assert.Equal("MP", c.TrackCode));
        Assert.Contains(mpBasic, c => c.Slug == LearningWorld.Apbdes);
        Assert.All(mpBasic, c => Assert.Equal(CourseLevel.Basic, c.Level));
        Assert.True(mpBasic.Count < mp.Count);
    }

    [Fact]
    public async Task Courses_Draft_IsNotListed()
    {
        var trainer = await world.PersonAsync("Hendra Saputra", Roles.Trainer);
        await world.CreateDraftAsync(trainer);

        var courses = await Catalog.CoursesAsync(new CatalogQuery("BUMDes"));

        Assert.DoesNotContain(courses, c => c.Slug == LearningWorld.DraftSlug);
        Assert.DoesNotContain(await Catalog.CoursesAsync(), c => c.Slug == LearningWorld.DraftSlug);
    }

    [Fact]
    public async Task Course_Detail_ModulesLessonsInOrderTrainersAndNoEnrollmentForAnonymous()
    {
        var trainer = await world.PersonAsync("Hendra Saputra", Roles.Trainer);
        await world.Database.QueryAsync(async db =>
        {
            var course = db.Courses.Single(c => c.Slug == LearningWorld.Apbdes);
            db.Entry(course).Collection(c => c.Trainers).Load();
            course.AddTrainer(trainer);
            return await db.SaveChangesAsync();
        });

        var course = await Catalog.CourseAsync(LearningWorld.Apbdes);

        Assert.NotNull(course);
        Assert.Equal(70, course.PassingScore);
        Assert.Equal(5, course.Lessons);
        Assert.Equal(["Memahami APBDes", "Mengelola dan Melaporkan Anggaran"], course.Modules.Select(m => m.Title));
        Assert.Equal(LearningWorld.ApbdesLessons, course.Modules.SelectMany(m => m.Lessons).Select(l => l.Slug));
        Assert.Equal(["Hendra Saputra"], course.Trainers);
        Assert.False(course.IsEnrolled);
        Assert.Null(course.Progress);
        Assert.False(course.IsDraft);
    }

    [Fact]
    public async Task Course_Enrolled_ShowsOwnProgressAndCompletedLessons()
    {
        var siti = await world.OfficialAsync();
        await world.Learning.SelfEnrollAsync(siti, LearningWorld.Apbdes);
        await world.ReadAsync(siti, LearningWorld.Apbdes, LearningWorld.ApbdesLessons[0], LearningWorld.ApbdesLessons[1]);

        var course = await Catalog.CourseAsync(LearningWorld.Apbdes, siti);

        Assert.True(course!.IsEnrolled);
        Assert.Equal(40, course.Progress!.Value.Percent);
        Assert.Equal([true, true, false, false, false], course.Modules.SelectMany(m => m.Lessons).Select(l => l.IsCompleted));
    }

    [Fact]
    public async Task Course_Draft_HiddenFromAnonymousAndOfficials_ShownToItsTrainerAndAdmins()
    {
        var owner = await world.PersonAsync("Hendra Saputra", Roles.Trainer);
        var admin = await world.PersonAsync("Admin SmartVillage", Roles.Admin);
        var siti = await world.OfficialAsync();
        await world.CreateDraftAsync(owner);

        Assert.Null(await Catalog.CourseAsync(LearningWorld.DraftSlug));
        Assert.Null(await Catalog.CourseAsync(LearningWorld.DraftSlug, siti));
        Assert.True((await Catalog.CourseAsync(LearningWorld.DraftSlug, owner))!.IsDraft);
        Assert.NotNull(await Catalog.CourseAsync(LearningWorld.DraftSlug, admin));
    }

    [Fact]
    public async Task Course_Unknown_IsNull() => Assert.Null(await Catalog.CourseAsync("tidak-ada"));
}
