namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The outcome of grading one response.
/// </summary>
/// <param name="Fraction">Share of the question's mark earned, 0..1; null when not (yet) graded.</param>
/// <param name="Feedback">Feedback tied to what was answered (each picked option's, the matched answer's), in question order.</param>
/// <param name="GeneralFeedback">The question's general feedback; whether to show it is the quiz's review setting.</param>
public sealed record GradeResult(GradeStatus Status, decimal? Fraction, ValueList<string> Feedback, string GeneralFeedback)
{
    public bool IsFullyCorrect => Fraction == 1;

    /// <summary>Marks earned out of <paramref name="maximum"/> (the question's mark in the quiz).</summary>
    public decimal? MarkOutOf(decimal maximum) => Fraction * maximum;

    internal static GradeResult Graded(decimal fraction, IEnumerable<string> feedback, Question question) =>
        new(GradeStatus.Graded, Math.Clamp(fraction, 0, 1), ValueList.From(feedback.Where(f => f.Length > 0)), question.GeneralFeedback);
}
