using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.ContentImport;

/// <summary>Every course in content/ carries a pre-test and a post-test that parse as Moodle GIFT.</summary>
public sealed class CourseTestBanksTests
{
    public static TheoryData<string, string> Banks()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryPaths.Content, "courses")))
        foreach (var file in new[] { "pre-test.gift", "post-test.gift" })
            data.Add(Path.GetFileName(dir), file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Bank_ParsesWithTenOrMoreGradableQuestions(string course, string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "courses", course, file));

        var result = GiftParser.Parse(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.True(result.Questions.Count(q => q.IsGradable) >= 10, $"{course}/{file}: {result.Questions.Count} questions");
    }
}
