using System.Text.RegularExpressions;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Features.ContentImport;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.ContentImport;

/// <summary>The curricula in content/ meet the bar a trainer in Lampung expects of them.</summary>
public sealed partial class CurriculaContentTests
{
    private static readonly ContentBundle Content = new ContentReader().Read(RepositoryPaths.Content);

    [Fact]
    public void Content_ReadsWithoutErrors() => Assert.Empty(Content.Errors);

    [Fact]
    public void EveryTrack_HasAtLeastTwoCourses()
    {
        Assert.Equal(["KE", "MP", "TD"], Content.Tracks.Select(t => t.Code).Order());
        Assert.All(Content.Tracks, t => Assert.True(Content.Courses.Count(c => c.TrackCode == t.Code) >= 2, $"track {t.Code}"));
    }

    public static TheoryData<string> Courses => new(Content.Courses.Select(c => c.Slug));

    [Theory]
    [MemberData(nameof(Courses))]
    public void Course_HasFourLessonsOfFourHundredWordsWithObjectivesCaseAndExercise(string slug)
    {
        var course = Content.Courses.Single(c => c.Slug == slug);

        Assert.True(course.Lessons.Count >= 4, $"{slug}: {course.Lessons.Count} lessons");
        Assert.All(course.Lessons, lesson =>
        {
            var words = Words().Matches(MarkdownRenderer.ToPlainText(lesson.Markdown)).Count;
            Assert.True(words >= 400, $"{slug}/{lesson.Slug}: {words} words");
            Assert.Contains("## Tujuan pembelajaran", lesson.Markdown);
            Assert.Contains("## Contoh kasus", lesson.Markdown);
            Assert.Contains("## Latihan", lesson.Markdown);
        });
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
