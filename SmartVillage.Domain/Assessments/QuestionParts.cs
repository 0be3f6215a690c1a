namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The parts of a <see cref="Question"/> that only some types have (choices, keys, pairs, the text after a
/// blank). A bank question keeps them together as one value, stored as JSON, so every type round-trips
/// without a table per type.
/// </summary>
public sealed record QuestionParts
{
    public static QuestionParts None { get; } = new();

    public string TextAfterBlank { get; init; } = "";
    public ValueList<Choice> Choices { get; init; } = ValueList<Choice>.Empty;
    public TrueFalseAnswer? TrueFalseAnswer { get; init; }
    public ValueList<AcceptedAnswer> AcceptedAnswers { get; init; } = ValueList<AcceptedAnswer>.Empty;
    public bool CaseSensitive { get; init; }
    public ValueList<NumericalAnswer> NumericalAnswers { get; init; } = ValueList<NumericalAnswer>.Empty;
    public string FeedbackForOtherNumbers { get; init; } = "";
    public ValueList<MatchingPair> MatchingPairs { get; init; } = ValueList<MatchingPair>.Empty;

    public static QuestionParts Of(Question question) => new()
    {
        TextAfterBlank = question.TextAfterBlank,
        Choices = question.Choices,
        TrueFalseAnswer = question.TrueFalseAnswer,
        AcceptedAnswers = question.AcceptedAnswers,
        CaseSensitive = question.CaseSensitive,
        NumericalAnswers = question.NumericalAnswers,
        FeedbackForOtherNumbers = question.FeedbackForOtherNumbers,
        MatchingPairs = question.MatchingPairs,
    };

    public Question ApplyTo(Question question) => question with
    {
        TextAfterBlank = TextAfterBlank,
        Choices = Choices,
        TrueFalseAnswer = TrueFalseAnswer,
        AcceptedAnswers = AcceptedAnswers,
        CaseSensitive = CaseSensitive,
        NumericalAnswers = NumericalAnswers,
        FeedbackForOtherNumbers = FeedbackForOtherNumbers,
        MatchingPairs = MatchingPairs,
    };
}
