using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Assessments;

/// <summary>
/// A course's pre-test and post-test, the two quizzes its learning gain is measured with: the published one of each
/// purpose first (a trainer editing a draft copy does not move the figures), else the oldest.
/// </summary>
internal sealed record CourseTests(CourseTests.TestQuiz? PreTest, CourseTests.TestQuiz? PostTest)
{
    internal sealed record TestQuiz(int Id, int CourseId, QuizPurpose Purpose, QuizStatus Status, GradingMethod GradingMethod, int PassingScore);

    /// <summary>The finished attempts of one official at one quiz, as the domain rules take them.</summary>
    internal sealed record AttemptFigures(string UserId, int QuizId, int Number, AttemptState State, decimal? ScorePercent, DateTimeOffset? GradedAt)
    {
        public FinishedAttempt ToFinished() => new(Number, ScorePercent ?? 0, State == AttemptState.Submitted, GradedAt ?? DateTimeOffset.MinValue);
    }

    public IEnumerable<int> QuizIds => new[] { PreTest?.Id, PostTest?.Id }.Where(i => i is not null).Select(i => i!.Value);

    public static async Task<IReadOnlyDictionary<int, CourseTests>> ForCoursesAsync(LearningDbContext db, IReadOnlyCollection<int>? courseIds, CancellationToken ct)
    {
        var quizzes = db.Quizzes.Where(q => q.Purpose == QuizPurpose.PreTest || q.Purpose == QuizPurpose.PostTest);
        if (courseIds is not null) quizzes = quizzes.Where(q => courseIds.Contains(q.CourseId));
        var rows = await quizzes.Select(q => new TestQuiz(q.Id, q.CourseId, q.Purpose, q.Status, q.GradingMethod, q.PassingScore)).ToListAsync(ct);
        return rows.GroupBy(q => q.CourseId).ToDictionary(g => g.Key, g => new CourseTests(Pick(g, QuizPurpose.PreTest), Pick(g, QuizPurpose.PostTest)));
    }

    private static TestQuiz? Pick(IEnumerable<TestQuiz> quizzes, QuizPurpose purpose) =>
        quizzes.Where(q => q.Purpose == purpose).OrderBy(q => q.Status == QuizStatus.Published ? 0 : 1).ThenBy(q => q.Id).FirstOrDefault();

    /// <summary>The gain from one official's finished attempts at these two quizzes (attempts at other quizzes are ignored).</summary>
    public LearningGain GainOf(IEnumerable<AttemptFigures> attempts)
    {
        var finished = attempts.Where(a => a.State != AttemptState.InProgress).ToList();
        var pre = PreTest is null ? [] : finished.Where(a => a.QuizId == PreTest.Id).Select(a => a.ToFinished()).ToList();
        var post = PostTest is null ? [] : finished.Where(a => a.QuizId == PostTest.Id).Select(a => a.ToFinished()).ToList();
        return LearningGain.From(pre, PostTest?.GradingMethod ?? GradingMethod.Highest, PostTest?.PassingScore ?? 0, post);
    }

    /// <summary>Finished attempts at the quizzes, of one official or (null) everyone.</summary>
    public static IQueryable<AttemptFigures> FinishedAttempts(LearningDbContext db, IEnumerable<int> quizIds, string? userId = null)
    {
        var ids = quizIds.ToList();
        var attempts = db.QuizAttempts.Where(a => ids.Contains(a.QuizId) && a.State != AttemptState.InProgress);
        if (userId is not null) attempts = attempts.Where(a => a.UserId == userId);
        return attempts.Select(a => new AttemptFigures(a.UserId, a.QuizId, a.Number, a.State, a.ScorePercent, a.GradedAt));
    }
}
