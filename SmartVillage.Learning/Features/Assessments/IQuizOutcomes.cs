namespace SmartVillage.Learning.Features.Assessments;

/// <summary>What other features (certificates, reports) read about quiz results, without knowing how attempts are stored.</summary>
public interface IQuizOutcomes
{
    /// <summary>The official's final outcome on the quiz, or null when they have no graded attempt.</summary>
    Task<QuizOutcome?> GetFinalOutcomeAsync(string userId, int quizId, CancellationToken cancellationToken = default);

    /// <summary>The course's published post-test (purpose PostTest), or null when the course has none.</summary>
    Task<int?> FindPostTestQuizIdAsync(int courseId, CancellationToken cancellationToken = default);
}
