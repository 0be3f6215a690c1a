using SmartVillage.Domain.Catalog;

namespace SmartVillage.Domain.Tests.Catalog;

public class CourseTests
{
    private static readonly DateTimeOffset Later = CourseBuilder.Now.AddHours(1);

    private static IReadOnlyList<string> Order(Course course) => course.LessonsInOrder.Select(l => l.Slug).ToList();

    [Fact]
    public void Publish_WithLessonsAndSummary_IsPublishedWithDate()
    {
        var course = new CourseBuilder().Build();

        course.Publish(Later);

        Assert.Equal(CourseStatus.Published, course.Status);
        Assert.Equal(Later, course.PublishedAt);
    }

    [Fact]
    public void Publish_WithoutLessons_IsRefusedWithWhatToDo()
    {
        var course = new CourseBuilder().WithModules().Build();

        var error = Assert.Throws<DomainException>(() => course.Publish(Later));

        Assert.Contains("materi", error.Message);
        Assert.Equal(CourseStatus.Draft, course.Status);
    }

    [Fact]
    public void Publish_WithoutSummary_IsRefused()
    {
        var course = new CourseBuilder().WithoutSummary().Build();

        var error = Assert.Throws<DomainException>(() => course.Publish(Later));

        Assert.Contains("ringkasan", error.Message);
        Assert.Equal(CourseStatus.Draft, course.Status);
    }

    [Fact]
    public void Publish_Twice_KeepsTheFirstPublicationDate()
    {
        var course = new CourseBuilder().Build();
        course.Publish(Later);

        course.Publish(Later.AddDays(1));

        Assert.Equal(Later, course.PublishedAt);
    }

    [Fact]
    public void Unpublish_ThenPublish_KeepsTheFirstPublicationDate()
    {
        var course = new CourseBuilder().Build();
        course.Publish(Later);

        course.Unpublish(Later.AddDays(1));
        Assert.Equal(CourseStatus.Draft, course.Status);
        course.Publish(Later.AddDays(2));

        Assert.Equal(CourseStatus.Published, course.Status);
        Assert.Equal(Later, course.PublishedAt);
    }

    [Fact]
    public void Describe_Unchanged_ReturnsFalseAndKeepsRowVersion()
    {
        var course = new CourseBuilder().Build();
        var version = course.RowVersion;
        var updated = course.UpdatedAt;

        var changed = course.Describe(course.Title, course.TrackCode, course.Summary, course.Level, course.LessonHours, course.PassingScore,
            course.CompetencyCodes, Later);

        Assert.False(changed);
        Assert.Equal(version, course.RowVersion);
        Assert.Equal(updated, course.UpdatedAt);
    }

    [Fact]
    public void Describe_NewSummary_ReturnsTrueAndTouches()
    {
        var course = new CourseBuilder().Build();
        var version = course.RowVersion;

        var changed = course.Describe(course.Title, course.TrackCode, "Ringkasan baru.", course.Level, course.LessonHours, course.PassingScore,
            course.CompetencyCodes, Later);

        Assert.True(changed);
        Assert.Equal("Ringkasan baru.", course.Summary);
        Assert.NotEqual(version, course.RowVersion);
        Assert.Equal(Later, course.UpdatedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void Describe_LessonHoursOutOfRange_IsRefused(int hours)
    {
        var course = new CourseBuilder().Build();

        Assert.Throws<DomainException>(() => course.Describe(course.Title, "MP", course.Summary, CourseLevel.Basic, hours, 70, [], Later));
    }

    [Fact]
    public void LessonsInOrder_FollowsModulesThenPositions()
    {
        var course = new CourseBuilder().WithModules(2, 3).Build();

        Assert.Equal(["materi-1", "materi-2", "materi-3", "materi-4", "materi-5"], Order(course));
    }

    [Fact]
    public void MoveLesson_DownWithinModule_SwapsWithTheNext()
    {
        var course = new CourseBuilder().WithModules(3).Build();

        course.MoveLesson(course.Lessons.Single(l => l.Slug == "materi-1"), +1, Later);

        Assert.Equal(["materi-2", "materi-1", "materi-3"], Order(course));
        Assert.Equal(Later, course.UpdatedAt);
    }

    [Fact]
    public void MoveLesson_DownPastTheEndOfItsModule_BecomesFirstOfTheNextModule()
    {
        var course = new CourseBuilder().WithModules(2, 2).Build();
        var lesson = course.Lessons.Single(l => l.Slug == "materi-2");

        course.MoveLesson(lesson, +1, Later);

        Assert.Equal("Modul 2", lesson.Module!.Title);
        Assert.Equal(["materi-1", "materi-2", "materi-3", "materi-4"], Order(course));
        Assert.Equal(["materi-2", "materi-3", "materi-4"], course.LessonsInOrder.Where(l => l.Module!.Title == "Modul 2").Select(l => l.Slug));
    }

    [Fact]
    public void MoveLesson_UpPastTheStartOfItsModule_BecomesLastOfThePreviousModule()
    {
        var course = new CourseBuilder().WithModules(2, 2).Build();
        var lesson = course.Lessons.Single(l => l.Slug == "materi-3");

        course.MoveLesson(lesson, -1, Later);

        Assert.Equal("Modul 1", lesson.Module!.Title);
        Assert.Equal(["materi-1", "materi-2", "materi-3", "materi-4"], Order(course));
        Assert.Equal(["materi-1", "materi-2", "materi-3"], course.LessonsInOrder.Where(l => l.Module!.Title == "Modul 1").Select(l => l.Slug));
    }

    [Fact]
    public void MoveLesson_FirstUp_ChangesNothing()
    {
        var course = new CourseBuilder().WithModules(2, 2).Build();
        var version = course.RowVersion;

        course.MoveLesson(course.Lessons.Single(l => l.Slug == "materi-1"), -1, Later);

        Assert.Equal(["materi-1", "materi-2", "materi-3", "materi-4"], Order(course));
        Assert.Equal(version, course.RowVersion);
    }

    [Fact]
    public void AddLesson_SameSlugTwice_IsRefused()
    {
        var course = new CourseBuilder().WithModules(1).Build();

        var error = Assert.Throws<DomainException>(() => course.AddLesson(course.Modules[0], "materi-1", "Lagi", 10, "", Later));

        Assert.Contains("materi-1", error.Message);
    }

    [Fact]
    public void Lesson_EditUnchanged_ReturnsFalse()
    {
        var lesson = new CourseBuilder().WithModules(1).Build().Lessons[0];

        Assert.False(lesson.Edit(lesson.Title, lesson.Minutes, lesson.Markdown));
        Assert.True(lesson.Edit(lesson.Title, lesson.Minutes, lesson.Markdown + "\nTambahan."));
    }
}
