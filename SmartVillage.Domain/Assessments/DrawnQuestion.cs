namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A bank question put into an attempt: its id, its content at that moment, and (when the quiz shuffles choices)
/// the order its options are shown in, as positions in <see cref="Question.Choices"/>.
/// </summary>
public sealed record DrawnQuestion(int BankQuestionId, Question Question, ValueList<int> ChoiceOrder);
