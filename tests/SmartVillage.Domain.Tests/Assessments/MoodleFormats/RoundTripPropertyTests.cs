using CsCheck;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments.MoodleFormats;

/// <summary>
/// Generated banks (issue 16, "Proof"): random questions of every type go out and come back equal, for GIFT and for
/// Moodle XML, and GIFT → XML → GIFT changes nothing both formats can say. A few hundred banks each: seconds, not
/// minutes. A failure prints the shrunk bank and CsCheck's seed to replay it.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private const int Banks = 300;

    private static Gen<List<Question>> Bank(Gen<Question> question) => question.List[1, 6];

    private static void AssertSame(IReadOnlyList<Question> expected, ParsedQuestions actual, string file)
    {
        Assert.True(actual.IsValid, string.Join("\n", actual.Errors) + "\n--- file ---\n" + file);
        Assert.Equal(expected.Count, actual.Questions.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i] == actual.Questions[i], $"Question {i + 1} changed.\nexpected: {expected[i]}\nactual:   {actual.Questions[i]}\n--- file ---\n{file}");
    }

    [Fact]
    public void Gift_ExportThenImport_GivesEqualQuestions() =>
        Bank(QuestionGenerators.ForGift).Sample(bank =>
        {
            var gift = GiftWriter.Write(bank);
            AssertSame(bank, GiftParser.Parse(gift), gift);
        }, iter: Banks);

    [Fact]
    public void MoodleXml_ExportThenImport_GivesEqualQuestions() =>
        Bank(QuestionGenerators.ForMoodleXml).Sample(bank =>
        {
            var xml = MoodleXmlWriter.Write(bank);
            AssertSame(bank, MoodleXmlReader.Read(xml), xml);
        }, iter: Banks);

    [Fact]
    public void GiftThroughMoodleXmlAndBack_IsStableWhereBothCanSayIt() =>
        Bank(QuestionGenerators.ForGift).Sample(bank =>
        {
            var gift = GiftWriter.Write(bank);
            var first = GiftParser.Parse(gift);
            Assert.True(first.IsValid, string.Join("\n", first.Errors));
            var xml = MoodleXmlWriter.Write(first.Questions);
            var throughXml = MoodleXmlReader.Read(xml);
            Assert.True(throughXml.IsValid, string.Join("\n", throughXml.Errors) + "\n" + xml);
            var giftAgain = GiftWriter.Write(throughXml.Questions);

            // Moodle keeps a numerical range as its midpoint and tolerance: "1..5" comes back as "3:2", the same interval.
            var expected = first.Questions.Select(WithoutRanges).ToList();
            AssertSame(expected, GiftParser.Parse(giftAgain), giftAgain);
            Assert.Equal(GiftWriter.Write(expected), giftAgain);
        }, iter: Banks);

    private static Question WithoutRanges(Question q) => q with
    {
        NumericalAnswers = ValueList.From(q.NumericalAnswers.Select(a => a with { IsRange = false })),
    };
}
