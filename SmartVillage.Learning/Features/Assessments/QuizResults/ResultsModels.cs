using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.QuizResults;

/// <summary>A course's results for its trainers: one row per official who took one of its quizzes, statistics per question, gain averages.</summary>
public sealed record CourseResults(int CourseId, string CourseSlug, string CourseTitle, IReadOnlyList<QuizChoice> Quizzes, int? QuizId,
    IReadOnlyList<OfficialResult> Rows, IReadOnlyList<QuizStatistics> Statistics, LearningGainSummary Gain)
{
    public string? PostTestMethod => Quizzes.FirstOrDefault(q => q.IsGainPostTest)?.GradingMethod is { } method ? QuizLabels.Grading(method).ToLower(System.Globalization.CultureInfo.GetCultureInfo("id-ID")) : null;
}

/// <summary>A quiz of the course, for the filter. <see cref="IsGainPostTest"/>: the post-test the gain and "lulus" are measured with.</summary>
public sealed record QuizChoice(int Id, string Title, QuizPurpose Purpose, GradingMethod GradingMethod, bool IsGainPreTest, bool IsGainPostTest);

/// <summary>
/// One official's results on the course. <see cref="PostScore"/> is the post-test's final grade by its grading method,
/// provisional while <see cref="PostPending"/>; <see cref="Passed"/> is null before any finished post-test attempt.
/// </summary>
public sealed record OfficialResult(string UserId, string Name, string? Village, string? Position, decimal? PreScore, decimal? PostScore,
    bool PostPending, bool? Passed, int Attempts, int PendingEssays, decimal? Gain, decimal? NormalisedGain);

/// <summary>The questions of one quiz over its finished attempts.</summary>
public sealed record QuizStatistics(int QuizId, string QuizTitle, int FinishedAttempts, IReadOnlyList<QuestionStatistics> Questions);

/// <summary>
/// One bank question over the finished attempts that drew it: how many drew it (<see cref="Attempts"/>), answered it,
/// got it fully right, the average points (graded answers only; an essay waiting for a trainer is not counted), and for
/// choice questions the wrong answer chosen most often.
/// </summary>
public sealed record QuestionStatistics(int BankQuestionId, string? Name, string Text, QuestionType Type, decimal Mark, int Attempts, int Answered,
    int FullyRight, decimal? AveragePoints, string? MostChosenWrong, int MostChosenWrongCount)
{
    /// <summary>Share of the attempts with full marks, 0..100, one decimal.</summary>
    public decimal FullyRightPercent => Attempts == 0 ? 0 : Math.Round(FullyRight * 100m / Attempts, 1, MidpointRounding.AwayFromZero);
}
