namespace SmartVillage.Learning.Features.Assessments;

/// <summary>
/// An official's final result on a quiz, after the quiz's grading method (highest, average, first, last) is applied
/// to their graded attempts. <see cref="Pending"/> is true while an essay in a counted attempt is still ungraded.
/// </summary>
public sealed record QuizOutcome(int QuizId, string UserId, decimal ScorePercent, bool Passed, bool Pending, int GradedAttempts, DateTimeOffset LastGradedAt);
