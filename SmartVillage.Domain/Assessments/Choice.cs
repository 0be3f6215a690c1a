namespace SmartVillage.Domain.Assessments;

/// <summary>
/// One option of a single-choice, multiple-answer or missing-word question.
/// </summary>
/// <param name="Text">What the official reads.</param>
/// <param name="Weight">
/// Percent of the mark this option earns, -100..100, as GIFT writes it (<c>=</c> is 100, <c>~</c> is 0,
/// <c>~%50%</c> is 50). Negative weights punish guessing in multiple-answer questions.
/// </param>
/// <param name="Feedback">Shown to whoever picked this option; empty when there is none.</param>
public sealed record Choice(string Text, decimal Weight, string Feedback = "")
{
    public static Choice Correct(string text, string feedback = "") => new(text, 100, feedback);

    public static Choice Wrong(string text, string feedback = "") => new(text, 0, feedback);

    public bool IsCorrect => Weight > 0;
}
