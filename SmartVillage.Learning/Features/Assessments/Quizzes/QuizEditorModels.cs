using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Features.Assessments.Quizzes;

/// <summary>A course's quizzes as the trainer's list shows them.</summary>
public sealed record QuizListView(int CourseId, string CourseTitle, bool FromContent, IReadOnlyList<QuizListRow> Quizzes);

public sealed record QuizListRow(int Id, string Title, QuizPurpose Purpose, QuizStatus Status, int QuestionCount, int? TimeLimitMinutes,
    int AttemptsAllowed, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, int Attempts);

/// <summary>Everything the quiz editor shows: the quiz, its slots spelled out, and the course's bank to pick from.</summary>
public sealed record QuizEditorView(
    int CourseId, string CourseTitle, bool FromContent, int QuizId, QuizPurpose Purpose, QuizStatus Status, Guid RowVersion,
    QuizSettingsForm Settings, IReadOnlyList<QuizSlotRow> Slots, IReadOnlyList<CategoryView> Bank, int Attempts)
{
    /// <summary>A draft nobody has attempted may be deleted.</summary>
    public bool CanDelete => Status == QuizStatus.Draft && Attempts == 0;

    public int QuestionCount => Slots.Sum(s => s.QuestionCount);

    public IEnumerable<int> FixedQuestionIds => Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value);
}

/// <summary>
/// One slot: a fixed question (its name, type and category) or "N random questions from category C" (with how many the
/// category holds now, so a trainer sees a shortfall before publishing).
/// </summary>
public sealed record QuizSlotRow(int Id, int Position, int? QuestionId, string? QuestionName, QuestionType? Type, string? Excerpt,
    int? CategoryId, string CategoryPath, int? RandomCount, int CategorySize)
{
    /// <summary>Tags a random slot's questions must all carry; <see cref="CategorySize"/> counts only those.</summary>
    public IReadOnlyList<string> RandomTags { get; init; } = [];

    public bool IsRandom => RandomCount is not null;

    public int QuestionCount => RandomCount ?? 1;
}
