using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Learning.Features.Assessments;

/// <summary>The official's final result on a quiz, by the quiz's grading method over their finished attempts.</summary>
public sealed class QuizOutcomes(IDbContextFactory<LearningDbContext> dbFactory) : IQuizOutcomes
{
    public async Task<QuizOutcome?> GetFinalOutcomeAsync(string userId, int quizId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var quiz = await db.Quizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quizId, cancellationToken);
        if (quiz is null) return null;
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId && a.State != AttemptState.InProgress)
            .Select(a => new AttemptService.AttemptRow(a.Id, a.QuizId, a.Number, a.State, a.Deadline, a.ScorePercent, a.GradedAt))
            .ToListAsync(cancellationToken);
        var final = AttemptService.FinalOf(quiz, attempts);
        return final is null ? null
            : new QuizOutcome(quizId, userId, final.ScorePercent, final.Passed, final.Pending, attempts.Count, final.LastGradedAt);
    }

    public async Task<int?> FindPostTestQuizIdAsync(int courseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Quizzes.Where(q => q.CourseId == courseId && q.Purpose == QuizPurpose.PostTest && q.Status == QuizStatus.Published)
            .Select(q => (int?)q.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
