namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The answer chosen for each subquestion of a matching question: key is the 0-based position in
/// <see cref="Question.MatchingPairs"/>, value the answer text picked from the drop-down. Text, not a
/// position, because two subquestions may share an answer ("Kaur Keuangan") and either pick is right.
/// </summary>
public sealed record MatchingResponse(IReadOnlyDictionary<int, string> AnswerBySubquestion) : Response;
