namespace SmartVillage.Domain.Assessments;

/// <summary>An official's attempt was graded: on submission, on auto-submit at the time limit, or when a trainer graded an essay.</summary>
public sealed record QuizGraded(string UserId, int QuizId) : IDomainEvent;
