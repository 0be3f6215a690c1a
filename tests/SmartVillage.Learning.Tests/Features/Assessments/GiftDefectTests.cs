using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.Features.Authoring;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>
/// The GIFT defects found by running Moodle's own fixtures and unit-test cases through the bank (issue 16, items 1 and
/// 3–6): each is a file a trainer can bring from Moodle, put through the upload's service and read back from the database.
/// </summary>
public sealed class GiftDefectTests(AuthoringDatabaseFixture fixture) : IClassFixture<AuthoringDatabaseFixture>
{
    private async Task<string> NewCourseAsync()
    {
        var form = CourseFormBuilder.New("Bank Soal Moodle");
        await fixture.WithServiceAsync(s => s.CreateCourseAsync(form, fixture.Hendra));
        return form.Slug;
    }

    private Task<T> BankAsync<T>(Func<QuestionBankService, Task<T>> use) => fixture.WithBankAsync(use);

    private Task<List<BankQuestion>> QuestionsOfAsync(string slug) => fixture.BankQuestionsOfAsync(slug);

    private async Task<string> ImportAsync(string slug, string gift)
    {
        var result = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, gift));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return slug;
    }

    [Fact]
    public async Task ZeroPercentShortAnswerAlternative_IsStoredAsZero_GradesZero_AndReimportsUnchanged()
    {
        const string gift = "::q:: Ibu kota Lampung?{=Bandar Lampung =%0%Metro#kota lain}\n";
        var slug = await ImportAsync(await NewCourseAsync(), gift);

        var stored = Assert.Single(await QuestionsOfAsync(slug)).ToQuestion();
        var again = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, gift));
        var exported = await BankAsync(s => s.ExportGiftAsync(fixture.Hendra, slug));

        Assert.Equal([100m, 0m], stored.AcceptedAnswers.Select(a => a.Weight));
        Assert.Equal(0, AnswerGrader.Grade(stored, new TextResponse("Metro")).Fraction);
        Assert.Equal(1, AnswerGrader.Grade(stored, new TextResponse("bandar lampung")).Fraction);
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Contains("=%0%Metro#kota lain", exported);
    }

    [Fact]
    public async Task MoodlesCatchAllAtZeroPercent_GivesNoMarksForAnyOtherAnswer()
    {
        // Moodle's own unit-test line: "*" at 0% exists only to give feedback to every other answer.
        var slug = await ImportAsync(await NewCourseAsync(),
            "::Shortanswer::Which is the best animal?{\n=Frog#Good!\n=%50%Cat#What is it with Moodlers and cats?\n=%0%*#Completely wrong\n}\n");

        var stored = Assert.Single(await QuestionsOfAsync(slug)).ToQuestion();

        Assert.Equal([100m, 50m, 0m], stored.AcceptedAnswers.Select(a => a.Weight));
        var dog = AnswerGrader.Grade(stored, new TextResponse("Dog"));
        Assert.Equal(0, dog.Fraction);
        Assert.Equal(["Completely wrong"], dog.Feedback);
        Assert.Equal(0.5m, AnswerGrader.Grade(stored, new TextResponse("cat")).Fraction);
    }

    [Fact]
    public async Task BlankAtTheStartOfASentence_IsImportedAsMoodleDoes()
    {
        var slug = await ImportAsync(await NewCourseAsync(),
            "{~Metro =Bandar Lampung ~Kotabumi} adalah ibu kota Provinsi Lampung.\n");

        var stored = Assert.Single(await QuestionsOfAsync(slug)).ToQuestion();

        Assert.Equal(QuestionType.MissingWord, stored.Type);
        Assert.Equal("_____ adalah ibu kota Provinsi Lampung.", stored.DisplayText());
        Assert.Equal(1, AnswerGrader.Grade(stored, ChoiceResponse.One(1)).Fraction);
    }

    [Fact]
    public async Task NameUsedTwiceInOneCategory_ImportsBothQuestions()
    {
        // Moodle's examples.txt and questions.gift.txt repeat names; Moodle imports every question.
        var slug = await ImportAsync(await NewCourseAsync(),
            "::Sama::APBDes ditetapkan dengan Perdes.{T}\n\n::Sama::Camat memimpin Musdes.{F}\n");

        var stored = await QuestionsOfAsync(slug);

        Assert.Equal(["APBDes ditetapkan dengan Perdes.", "Camat memimpin Musdes."], stored.Select(q => q.Text));
        Assert.All(stored, q => Assert.Equal("Sama", q.Name));
    }

    [Fact]
    public async Task IdNumberAndTagComments_AreKeptAndExported()
    {
        var slug = await ImportAsync(await NewCourseAsync(),
            "// question: 12  name: TF APBDes\n// [id:apb-01] [tag:apbdes] [tag:dasar]\n::TF APBDes::APBDes ditetapkan dengan Perdes.{T}\n");

        var exported = await BankAsync(s => s.ExportGiftAsync(fixture.Hendra, slug));

        Assert.Contains("// [id:apb-01] [tag:apbdes] [tag:dasar]\n::TF APBDes::", exported);
    }

    [Theory]
    [InlineData("$course$/top/Pre-test")]
    [InlineData("$module$/top/Pre-test")]
    [InlineData("$module$/Pre-test")]
    [InlineData("top/Pre-test")]
    public async Task CategoryWithMoodlesContextAndTop_LandsInTheCategoryItNames(string category)
    {
        var slug = await ImportAsync(await NewCourseAsync(), $"$CATEGORY: {category}\n\n::Q1::APBDes ditetapkan dengan Perdes.{{T}}\n");

        Assert.Equal("Pre-test", Assert.Single(await QuestionsOfAsync(slug)).Category!.Path);
    }

    [Fact]
    public async Task HtmlInAName_IsStrippedAsMoodleDoes()
    {
        var slug = await ImportAsync(await NewCourseAsync(), "::<b>Dana</b> Desa::Dana Desa bersumber dari APBN.{T}\n");

        Assert.Equal("Dana Desa", Assert.Single(await QuestionsOfAsync(slug)).Name);
    }
}
