namespace SmartVillage.Domain.Assessments;

/// <summary>
/// How far a question has been answered, as the official is shown it: a matching question with some pairs set is
/// <see cref="Partial"/>, never answered; every other type is answered as soon as it holds anything.
/// </summary>
public enum AnswerCompleteness
{
    None,
    Partial,
    Complete,
}

public static class AnswerCompletion
{
    /// <param name="subquestions">How many pairs a matching question asks for (ignored for other types).</param>
    public static AnswerCompleteness Of(Response? response, int subquestions) => response switch
    {
        MatchingResponse => PairsSet(response) switch
        {
            0 => AnswerCompleteness.None,
            var set when set >= subquestions => AnswerCompleteness.Complete,
            _ => AnswerCompleteness.Partial,
        },
        _ => Response.IsGiven(response) ? AnswerCompleteness.Complete : AnswerCompleteness.None,
    };

    /// <summary>How many pairs of a matching answer are set.</summary>
    public static int PairsSet(Response? response) =>
        response is MatchingResponse m ? m.AnswerBySubquestion.Values.Count(v => !string.IsNullOrWhiteSpace(v)) : 0;
}
