namespace SmartVillage.Learning.Features.Assessments;

/// <summary>
/// Told after an official's attempt is graded (on submission, on auto-submit at the time limit, or when a trainer grades
/// an essay), so other features can react — certificates are issued the moment an official becomes eligible.
/// Registered handlers are resolved as IEnumerable and called after the grade is committed; a failing handler is
/// logged and never undoes the grade.
/// </summary>
public interface IQuizGradedHandler
{
    Task OnQuizGradedAsync(string userId, int quizId, CancellationToken cancellationToken = default);
}
