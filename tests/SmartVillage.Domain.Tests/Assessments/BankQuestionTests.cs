using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class BankQuestionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("$course$/Pre-test", "Pre-test")]
    [InlineData(" $course$/Pre-test / APBDes ", "Pre-test/APBDes")]
    [InlineData("Latihan", "Latihan")]
    public void NormalizePath_StripsCoursePrefixAndSpaces(string path, string expected) =>
        Assert.Equal(expected, QuestionCategory.NormalizePath(path));

    [Theory]
    [InlineData("$course$/top/Pre-test", "Pre-test")]
    [InlineData("$module$/top/Pre-test/APBDes", "Pre-test/APBDes")]
    [InlineData("$module$/Pre-test", "Pre-test")]
    [InlineData("top/Pre-test", "Pre-test")]
    [InlineData("$course$/Pre-test//Post-test", "Pre-test//Post-test")]
    public void NormalizePath_DropsMoodlesContextAndTopAndKeepsAnEscapedSlash(string path, string expected) =>
        Assert.Equal(expected, QuestionCategory.NormalizePath(path));

    [Fact]
    public void Name_OfAPathWithAnEscapedSlash_IsTheNameAsWritten() =>
        Assert.Equal("Pre/Post", new QuestionCategory(1, "$course$/Latihan/Pre//Post", Now).Name);

    [Theory]
    [InlineData("")]
    [InlineData("$course$/")]
    [InlineData("$course$/top")]
    [InlineData("Pre-test/ /APBDes")]
    public void NormalizePath_EmptyPartOrOnlyTop_IsRefused(string path) =>
        Assert.Throws<DomainException>(() => QuestionCategory.NormalizePath(path));

    [Fact]
    public void FromQuestion_EveryType_ToQuestionGivesItBack()
    {
        var category = new QuestionCategory(1, "Pre-test", Now);
        var parsed = GiftParser.Parse(string.Join("\n\n", GiftSamples.TrueFalse, GiftSamples.SingleChoiceWithFeedback, GiftSamples.FillInTheBlank,
            GiftSamples.Matching, GiftSamples.NumericalTolerance, GiftSamples.NumericalRange, GiftSamples.NumericalPartialCredit));
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));

        foreach (var question in parsed.Questions)
            Assert.Equal(question with { Category = "$course$/Pre-test" }, BankQuestion.FromQuestion(1, category, 1, question, Now).ToQuestion());
    }

    [Fact]
    public void Update_SameQuestionThenEditedOne_ReportsOnlyTheEdit()
    {
        var category = new QuestionCategory(1, "Pre-test", Now);
        var question = GiftParser.Parse(GiftSamples.Matching).Questions[0];
        var row = BankQuestion.FromQuestion(1, category, 1, question, Now);

        SetId(row);

        Assert.False(row.Update(1, question, Now));
        Assert.True(row.Update(1, question with { GeneralFeedback = "Lihat Permendagri 20/2018." }, Now));
    }

    /// <summary>A stored row (an id from the database) is what "no change" is about; a new one is always written.</summary>
    private static void SetId(BankQuestion row) => typeof(BankQuestion).GetProperty(nameof(BankQuestion.Id))!.SetValue(row, 5);

    [Fact]
    public void FromQuestion_InvalidQuestion_IsRefused()
    {
        var category = new QuestionCategory(1, "Pre-test", Now);

        Assert.Throws<DomainException>(() => BankQuestion.FromQuestion(1, category, 1, Question.SingleChoice("Pilih", [Choice.Wrong("a")]), Now));
    }
}
