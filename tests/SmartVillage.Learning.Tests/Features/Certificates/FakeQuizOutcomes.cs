using System.Collections.Concurrent;
using SmartVillage.Learning.Features.Assessments;

namespace SmartVillage.Learning.Tests.Features.Certificates;

/// <summary>
/// A test double of the quiz outcomes contract, backed by dictionaries, until the attempts feature provides the real one.
/// Lives in the test project only.
/// </summary>
public sealed class FakeQuizOutcomes : IQuizOutcomes
{
    public ConcurrentDictionary<int, int> PostTests { get; } = new();
    public ConcurrentDictionary<(string UserId, int QuizId), QuizOutcome> Outcomes { get; } = new();

    public void Grade(string userId, int quizId, decimal score, bool passed, bool pending = false) =>
        Outcomes[(userId, quizId)] = new QuizOutcome(quizId, userId, score, passed, pending, 1, DateTimeOffset.UtcNow);

    public Task<QuizOutcome?> GetFinalOutcomeAsync(string userId, int quizId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Outcomes.TryGetValue((userId, quizId), out var outcome) ? outcome : null);

    public Task<int?> FindPostTestQuizIdAsync(int courseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(PostTests.TryGetValue(courseId, out var quizId) ? quizId : (int?)null);
}
