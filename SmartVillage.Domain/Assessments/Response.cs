namespace SmartVillage.Domain.Assessments;

/// <summary>
/// What an official answered to one question. One record per shape of answer, so an attempt can store
/// each answer the moment it is given and grading never has to guess what a string meant.
/// </summary>
public abstract record Response
{
    /// <summary>Whether a response says anything: a choice made, a text or number typed, a pair matched.</summary>
    public static bool IsGiven(Response? response) => response switch
    {
        null => false,
        ChoiceResponse c => c.SelectedIndices.Count > 0,
        TextResponse t => !string.IsNullOrWhiteSpace(t.Text),
        NumberResponse n => !string.IsNullOrWhiteSpace(n.Text),
        MatchingResponse m => m.AnswerBySubquestion.Values.Any(v => !string.IsNullOrWhiteSpace(v)),
        _ => true,
    };
}
