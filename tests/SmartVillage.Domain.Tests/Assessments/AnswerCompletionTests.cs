using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class AnswerCompletionTests
{
    [Fact]
    public void Matching_TwoOfFourPairs_IsPartial_AllFour_IsComplete()
    {
        var two = new MatchingResponse(new Dictionary<int, string> { [0] = "a", [1] = "b" });
        var four = new MatchingResponse(new Dictionary<int, string> { [0] = "a", [1] = "b", [2] = "c", [3] = "d" });

        Assert.Equal(AnswerCompleteness.Partial, AnswerCompletion.Of(two, subquestions: 4));
        Assert.Equal(2, AnswerCompletion.PairsSet(two));
        Assert.Equal(AnswerCompleteness.Complete, AnswerCompletion.Of(four, subquestions: 4));
        Assert.Equal(AnswerCompleteness.None, AnswerCompletion.Of(null, subquestions: 4));
    }

    [Fact]
    public void Choice_WithAnyOptionTicked_IsComplete()
    {
        Assert.Equal(AnswerCompleteness.Complete, AnswerCompletion.Of(ChoiceResponse.One(1), subquestions: 0));
        Assert.Equal(AnswerCompleteness.None, AnswerCompletion.Of(new TextResponse("  "), subquestions: 0));
    }
}
