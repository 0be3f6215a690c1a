namespace SmartVillage.Domain.Assessments;

/// <summary>
/// One line of a matching question. A pair with an empty <paramref name="Subquestion"/> is a distractor:
/// its answer is offered in every drop-down but belongs to nothing, which is how Moodle adds wrong answers.
/// </summary>
public sealed record MatchingPair(string Subquestion, string Answer)
{
    public bool IsDistractor => string.IsNullOrWhiteSpace(Subquestion);
}
