using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.Attempts;

/// <summary>A course's quiz as an official sees it on the course page: what it is, how far they are, what they may do.</summary>
public sealed record QuizCard(int QuizId, string Title, QuizPurpose Purpose, int QuestionCount, int? TimeLimitMinutes, int AttemptsAllowed,
    int AttemptsUsed, long? InProgressAttemptId, long? LastFinishedAttemptId, string? StartRefusal, FinalGrade? Final)
{
    public bool CanStart => StartRefusal is null;
}

/// <summary>An attempt being taken: questions as shown (no keys), answers saved so far, and the server's deadline.</summary>
public sealed record AttemptView(long Id, int QuizId, string QuizTitle, string CourseSlug, string CourseTitle, int Number, AttemptState State,
    DateTimeOffset StartedAt, DateTimeOffset? Deadline, DateTimeOffset ServerNow, IReadOnlyList<AttemptQuestionView> Questions)
{
    public bool IsInProgress => State == AttemptState.InProgress;

    public IReadOnlyList<int> Unanswered => Questions.Where(q => q.IsGradable && !q.HasAnswer).Select(q => q.Number).ToList();
}

/// <summary>
/// One question for answering. <see cref="Options"/> are in the order shown, each with its position in the bank
/// question (what the answer stores); <see cref="MatchingAnswers"/> are the drop-down's texts, sorted so their order
/// gives nothing away.
/// </summary>
public sealed record AttemptQuestionView(int Number, QuestionType Type, string Text, string TextAfterBlank, decimal Mark,
    IReadOnlyList<OptionView> Options, IReadOnlyList<OptionView> Subquestions, IReadOnlyList<string> MatchingAnswers, Response? Response,
    DateTimeOffset? AnsweredAt)
{
    /// <summary>How the texts are written (Moodle's text formats); options and subquestions are in the same format.</summary>
    public TextFormat Format { get; init; } = TextFormat.Moodle;

    /// <summary>The bank question it was drawn from: the texts' embedded images are served under it.</summary>
    public int BankQuestionId { get; init; }

    public bool IsGradable => Type != QuestionType.Description;

    /// <summary>Answered means complete: a matching question with pairs left open is only partly answered.</summary>
    public AnswerCompleteness Completeness => AnswerCompletion.Of(Response, Subquestions.Count);

    public bool IsAnswered => Completeness == AnswerCompleteness.Complete;

    public bool IsPartlyAnswered => Completeness == AnswerCompleteness.Partial;

    /// <summary>Holds something the server stored (complete or not).</summary>
    public bool HasAnswer => Completeness != AnswerCompleteness.None;
}

public sealed record OptionView(int Index, string Text);

/// <summary>What an answer save did: when the server stored it.</summary>
public sealed record AnswerSaved(int Number, DateTimeOffset SavedAt);

/// <summary>A finished attempt, shown as far as the quiz's review option allows.</summary>
public sealed record AttemptReview(long Id, int QuizId, string QuizTitle, string CourseSlug, string CourseTitle, QuizPurpose Purpose, int Number,
    AttemptState State, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, bool AutoSubmitted, decimal ScorePercent, bool Passed,
    int PassingScore, decimal MarksEarned, decimal MarksPossible, ReviewOptions Review, IReadOnlyList<ReviewQuestion> Questions)
{
    public bool IsPending => State == AttemptState.Submitted;
}

/// <summary>
/// One reviewed question. <see cref="CorrectAnswer"/> is filled when the review shows correct answers;
/// <see cref="Feedback"/> and <see cref="GeneralFeedback"/> when it shows feedback.
/// </summary>
public sealed record ReviewQuestion(int Number, QuestionType Type, string Text, string YourAnswer, GradeStatus? Status, decimal? MarksEarned,
    decimal Mark, string? CorrectAnswer, IReadOnlyList<string> Feedback, string? GeneralFeedback)
{
    /// <summary>How the question's texts (its options, feedback and general feedback too) are written.</summary>
    public TextFormat Format { get; init; } = TextFormat.Moodle;

    public int BankQuestionId { get; init; }

    /// <summary>
    /// Whether the answers shown are the question's own texts (options, pairs: rendered in <see cref="Format"/>) rather
    /// than what the official typed (always shown as plain text, never as markup).
    /// </summary>
    public bool AnswersAreOptions => Type is QuestionType.SingleChoice or QuestionType.MultipleAnswer or QuestionType.MissingWord or QuestionType.Matching;

    public bool IsCorrect => Status == GradeStatus.Graded && MarksEarned == Mark && Mark > 0;
}

/// <summary>One line of "Hasil kuis saya".</summary>
public sealed record MyAttemptRow(long Id, int QuizId, string QuizTitle, string CourseSlug, string CourseTitle, QuizPurpose Purpose, int Number,
    AttemptState State, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, decimal? ScorePercent, bool? Passed);
