using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.Grading;

/// <summary>A course's essays waiting for a trainer, oldest submission first.</summary>
public sealed record GradingQueue(int CourseId, string CourseTitle, IReadOnlyList<EssayToGrade> Essays);

/// <summary>
/// One essay answer to grade. <see cref="SeenGradedAt"/> is the answer's grade time as the trainer saw it (null: not
/// graded): grading sends it back, and a different stored value means someone else graded this answer in between.
/// </summary>
public sealed record EssayToGrade(long AttemptId, int Number, int QuizId, string QuizTitle, QuizPurpose Purpose, string OfficialName,
    string? VillageName, DateTimeOffset? SubmittedAt, string QuestionText, string AnswerText, decimal MaxPoints, DateTimeOffset? SeenGradedAt)
{
    /// <summary>How the question text is written; the official's answer is always plain text.</summary>
    public TextFormat QuestionFormat { get; init; } = TextFormat.Moodle;

    public int BankQuestionId { get; init; }
}

/// <summary>A course of the trainer's with essays waiting ("Perlu dinilai").</summary>
public sealed record CourseToGrade(int CourseId, string CourseTitle, int Essays, DateTimeOffset? OldestSubmittedAt);

/// <summary>What grading an essay did to the attempt.</summary>
public sealed record EssayGraded(long AttemptId, int Number, decimal Points, decimal ScorePercent, bool Passed, AttemptState State);
