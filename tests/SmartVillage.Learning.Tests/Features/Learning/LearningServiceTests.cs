using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Learning;

namespace SmartVillage.Learning.Tests.Features.Learning;

public class LearningServiceTests : IAsyncLifetime
{
    private readonly LearningWorld world = new();
    private LearningService Learning => world.Learning;
    private static readonly string[] Lessons = LearningWorld.ApbdesLessons;
    private const string Apbdes = LearningWorld.Apbdes;

    public Task InitializeAsync() => world.InitializeAsync();

    public Task DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task SelfEnroll_Published_EnrollsOnce()
    {
        var siti = await world.OfficialAsync();

        Assert.Equal(EnrollOutcome.Enrolled, await Learning.SelfEnrollAsync(siti, Apbdes));
        Assert.Equal(EnrollOutcome.AlreadyEnrolled, await Learning.SelfEnrollAsync(siti, Apbdes));

        Assert.Equal(1, await world.EnrollmentsAsync(siti));
        var source = await world.Database.QueryAsync(db => db.Enrollments.Where(e => e.UserId == siti).Select(e => e.Source).SingleAsync());
        Assert.Equal(SmartVillage.Domain.Learning.EnrollmentSource.Self, source);
    }

    [Fact]
    public async Task SelfEnroll_ManyAtOnce_MakesOneRow()
    {
        var siti = await world.OfficialAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Learning.SelfEnrollAsync(siti, Apbdes))));

        Assert.Equal(1, await world.EnrollmentsAsync(siti));
        Assert.Single(outcomes, o => o == EnrollOutcome.Enrolled);
        Assert.All(outcomes, o => Assert.NotEqual(EnrollOutcome.CourseNotFound, o));
    }

    [Fact]
    public async Task SelfEnroll_DraftOrUnknownCourse_IsRefused()
    {
        var trainer = await world.PersonAsync("Hendra Saputra", Roles.Trainer);
        var siti = await world.OfficialAsync();
        await world.CreateDraftAsync(trainer);

        Assert.Equal(EnrollOutcome.CourseNotFound, await Learning.SelfEnrollAsync(siti, LearningWorld.DraftSlug));
        Assert.Equal(EnrollOutcome.CourseNotFound, await Learning.SelfEnrollAsync(siti, "tidak-ada"));
        Assert.Equal(0, await world.EnrollmentsAsync(siti));
    }

    [Fact]
    public async Task GetLesson_Enrolled_RendersPositionNeighboursAndRecordsTheVisit()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);

        var lesson = await Learning.GetLessonAsync(siti, Apbdes, Lessons[2]);

        Assert.NotNull(lesson);
        Assert.Equal(LessonAccess.Enrolled, lesson.Access);
        Assert.Equal("Materi 3 dari 5", lesson.Position);
        Assert.Equal("Menginput APBDes dan Penatausahaan di Siskeudes", lesson.Title);
        Assert.Equal("Mengelola dan Melaporkan Anggaran", lesson.ModuleTitle);
        Assert.Equal(Lessons[1], lesson.PreviousSlug);
        Assert.Equal(Lessons[3], lesson.NextSlug);
        Assert.Contains("<h2", lesson.Html);
        Assert.DoesNotContain("---", lesson.Html!.Split('\n')[0]);
        Assert.False(lesson.IsCompleted);
        var visited = await world.Database.QueryAsync(db => db.Enrollments.Where(e => e.UserId == siti).Select(e => e.LastLessonId).SingleAsync());
        Assert.Equal(lesson.LessonId, visited);
    }

    [Fact]
    public async Task GetLesson_FirstAndLast_HaveNoPreviousOrNext()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);

        var first = await Learning.GetLessonAsync(siti, Apbdes, Lessons[0]);
        var last = await Learning.GetLessonAsync(siti, Apbdes, Lessons[^1]);

        Assert.Null(first!.PreviousSlug);
        Assert.Equal(Lessons[1], first.NextSlug);
        Assert.Equal(Lessons[^2], last!.PreviousSlug);
        Assert.Null(last.NextSlug);
        Assert.Equal("Materi 5 dari 5", last.Position);
    }

    [Fact]
    public async Task GetLesson_NotEnrolled_OffersEnrollingAndShowsNoText()
    {
        var siti = await world.OfficialAsync();

        var lesson = await Learning.GetLessonAsync(siti, Apbdes, Lessons[0]);

        Assert.NotNull(lesson);
        Assert.Equal(LessonAccess.NotEnrolled, lesson.Access);
        Assert.Null(lesson.Html);
        Assert.Equal(0, await world.EnrollmentsAsync(siti));
    }

    [Fact]
    public async Task GetLesson_UnknownLessonOrCourse_IsNull()
    {
        var siti = await world.OfficialAsync();

        Assert.Null(await Learning.GetLessonAsync(siti, Apbdes, "99-tidak-ada"));
        Assert.Null(await Learning.GetLessonAsync(siti, "tidak-ada", Lessons[0]));
    }

    [Fact]
    public async Task GetLesson_Draft_NotReadableByOfficial_PreviewForItsTrainerAndAdmin()
    {
        var owner = await world.PersonAsync("Hendra Saputra", Roles.Trainer);
        var otherTrainer = await world.PersonAsync("Dewi Anggraini", Roles.Trainer);
        var admin = await world.PersonAsync("Admin SmartVillage", Roles.Admin);
        var siti = await world.OfficialAsync();
        await world.CreateDraftAsync(owner);

        Assert.Null(await Learning.GetLessonAsync(siti, LearningWorld.DraftSlug, "01-apa-itu-bumdes"));
        Assert.Null(await Learning.GetLessonAsync(otherTrainer, LearningWorld.DraftSlug, "01-apa-itu-bumdes"));
        var ownerView = await Learning.GetLessonAsync(owner, LearningWorld.DraftSlug, "01-apa-itu-bumdes");
        var adminView = await Learning.GetLessonAsync(admin, LearningWorld.DraftSlug, "02-modal-bumdes");
        Assert.Equal(LessonAccess.Preview, ownerView!.Access);
        Assert.Contains("Badan usaha milik desa", ownerView.Html);
        Assert.Equal(LessonAccess.Preview, adminView!.Access);
    }

    [Fact]
    public async Task GetLesson_EnrolledButCourseUnpublished_IsNotReadable()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        await world.UnpublishAsync(Apbdes);

        Assert.Null(await Learning.GetLessonAsync(siti, Apbdes, Lessons[0]));
        var lessonId = await world.LessonIdAsync(Apbdes, Lessons[0]);
        await Assert.ThrowsAsync<DomainException>(() => Learning.MarkCompleteAsync(siti, lessonId));
        Assert.Empty(await Learning.MyCoursesAsync(siti));
    }

    [Fact]
    public async Task MarkComplete_Twice_OneCompletion()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        var lessonId = await world.LessonIdAsync(Apbdes, Lessons[0]);

        var first = await Learning.MarkCompleteAsync(siti, lessonId);
        var second = await Learning.MarkCompleteAsync(siti, lessonId);

        Assert.Equal(1, await world.CompletionsAsync(siti));
        Assert.Equal(20, first.Percent);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task MarkComplete_DoubleClickAtOnce_OneCompletionNoError()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        var lessonId = await world.LessonIdAsync(Apbdes, Lessons[0]);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Learning.MarkCompleteAsync(siti, lessonId))));

        Assert.Equal(1, await world.CompletionsAsync(siti));
        Assert.All(results, p => Assert.Equal(1, p.CompletedLessons));
    }

    [Fact]
    public async Task MarkComplete_EveryLesson_Reaches100AndCompletesTheEnrollment()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);

        await world.ReadAsync(siti, Apbdes, Lessons);

        var mine = Assert.Single(await Learning.MyCoursesAsync(siti));
        Assert.Equal(100, mine.Progress.Percent);
        Assert.True(mine.Progress.IsComplete);
        Assert.NotNull(mine.CompletedAt);
        var lesson = await Learning.GetLessonAsync(siti, Apbdes, Lessons[^1]);
        Assert.True(lesson!.IsCompleted);
        Assert.Equal(100, lesson.Progress.Percent);
    }

    [Fact]
    public async Task MarkComplete_NotEnrolled_IsRefusedAndRecordsNothing()
    {
        var siti = await world.OfficialAsync();
        var lessonId = await world.LessonIdAsync(Apbdes, Lessons[0]);

        var error = await Assert.ThrowsAsync<DomainException>(() => Learning.MarkCompleteAsync(siti, lessonId));

        Assert.Contains("Ikuti kursus", error.Message);
        Assert.Equal(0, await world.CompletionsAsync(siti));
    }

    [Fact]
    public async Task MyCourses_ShowsProgressPerCourseMostRecentFirst()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        await Learning.SelfEnrollAsync(siti, LearningWorld.Layanan);
        await world.ReadAsync(siti, Apbdes, Lessons[0], Lessons[1]);
        await world.ReadAsync(siti, LearningWorld.Layanan, "01-memetakan-layanan-kantor-pekon");

        var mine = await Learning.MyCoursesAsync(siti);

        Assert.Equal([LearningWorld.Layanan, Apbdes], mine.Select(c => c.Slug));
        Assert.Equal(25, mine[0].Progress.Percent);
        Assert.Equal(40, mine[1].Progress.Percent);
        Assert.Equal($"/courses/{Apbdes}/lessons/{Lessons[2]}", mine[1].ContinueUrl);
        Assert.Equal("Manajemen Proyek", mine[1].TrackTitle);
    }

    [Fact]
    public async Task Isolation_OfficialB_SeesNothingOfOfficialA()
    {
        var a = await world.OfficialAsync("Siti Rahmawati");
        var b = await world.OfficialAsync("Rudi Hartono");
        await Learning.SelfEnrollAsync(a, Apbdes);
        await world.ReadAsync(a, Apbdes, Lessons[0], Lessons[1]);
        await world.OpenAsync(a, Apbdes, Lessons[2]);

        Assert.Empty(await Learning.MyCoursesAsync(b));
        Assert.Null(await Learning.ContinueAsync(b));
        var lessonForB = await Learning.GetLessonAsync(b, Apbdes, Lessons[0]);
        Assert.Equal(LessonAccess.NotEnrolled, lessonForB!.Access);
        Assert.False(lessonForB.IsCompleted);
        Assert.Equal(0, lessonForB.Progress.CompletedLessons);
        var courseForB = await world.Catalog.CourseAsync(Apbdes, b);
        Assert.False(courseForB!.IsEnrolled);
        Assert.Null(courseForB.Progress);
        Assert.All(courseForB.Modules.SelectMany(m => m.Lessons), l => Assert.False(l.IsCompleted));

        // B cannot write into A's enrollment either: B is not enrolled, so marking is refused.
        var lessonId = await world.LessonIdAsync(Apbdes, Lessons[2]);
        await Assert.ThrowsAsync<DomainException>(() => Learning.MarkCompleteAsync(b, lessonId));
        Assert.Equal(2, await world.CompletionsAsync(a));
        Assert.Equal(0, await world.CompletionsAsync(b));

        // Once B enrolls, B's progress starts at zero and A's stays A's.
        await Learning.SelfEnrollAsync(b, Apbdes);
        Assert.Equal(0, Assert.Single(await Learning.MyCoursesAsync(b)).Progress.CompletedLessons);
        Assert.Equal(2, Assert.Single(await Learning.MyCoursesAsync(a)).Progress.CompletedLessons);
    }

    [Fact]
    public async Task Continue_BuSitisJourney_OpensLesson3Of5()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        await world.ReadAsync(siti, Apbdes, Lessons[0], Lessons[1]);
        await world.OpenAsync(siti, Apbdes, Lessons[2]);

        var next = await Learning.ContinueAsync(siti);

        Assert.NotNull(next);
        Assert.Equal("Pengelolaan APBDes dengan Siskeudes — Materi 3 dari 5", next.Label);
        Assert.Equal($"/courses/{Apbdes}/lessons/{Lessons[2]}", next.Url);
    }

    [Fact]
    public async Task Continue_LastVisitedLessonComplete_OpensTheNextIncomplete()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        await world.ReadAsync(siti, Apbdes, Lessons[0], Lessons[2]);

        var next = await Learning.ContinueAsync(siti);

        Assert.Equal(4, next!.LessonNumber);
        Assert.EndsWith(Lessons[3], next.Url);
    }

    [Fact]
    public async Task Continue_LaterLessonsDone_WrapsToTheFirstIncomplete()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        await world.ReadAsync(siti, Apbdes, Lessons[2], Lessons[3], Lessons[4]);

        var next = await Learning.ContinueAsync(siti);

        Assert.Equal(1, next!.LessonNumber);
    }

    [Fact]
    public async Task Continue_EnrolledNeverOpened_StartsAtLesson1()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);

        var next = await Learning.ContinueAsync(siti);

        Assert.Equal("Pengelolaan APBDes dengan Siskeudes — Materi 1 dari 5", next!.Label);
    }

    [Fact]
    public async Task Continue_PicksTheMostRecentlyVisitedUnfinishedCourse()
    {
        var siti = await world.OfficialAsync();
        await Learning.SelfEnrollAsync(siti, Apbdes);
        await Learning.SelfEnrollAsync(siti, LearningWorld.Layanan);
        await world.OpenAsync(siti, LearningWorld.Layanan, "02-layanan-daring-sederhana");
        await world.OpenAsync(siti, Apbdes, Lessons[1]);

        Assert.Equal(Apbdes, (await Learning.ContinueAsync(siti))!.CourseSlug);

        await world.OpenAsync(siti, LearningWorld.Layanan, "02-layanan-daring-sederhana");
        var next = await Learning.ContinueAsync(siti);
        Assert.Equal(LearningWorld.Layanan, next!.CourseSlug);
        Assert.Equal(2, next.LessonNumber);
    }

    [Fact]
    public async Task Continue_FinishedCourse_IsSkipped_NothingLeft_IsNull()
    {
        var siti = await world.OfficialAsync();
        Assert.Null(await Learning.ContinueAsync(siti));

        await Learning.SelfEnrollAsync(siti, Apbdes);
        await world.ReadAsync(siti, Apbdes, Lessons);

        Assert.Null(await Learning.ContinueAsync(siti));
    }
}
