namespace SmartVillage.Learning.Features.Learning;

/// <summary>
/// Told when a lesson completion makes an official's course complete (every lesson read), so other features can react
/// at once — a certificate is issued when nothing else is missing. Called after the completion is saved; a failing
/// handler never undoes it.
/// </summary>
public interface ICourseCompletedHandler
{
    Task OnCourseCompletedAsync(string userId, int courseId, CancellationToken cancellationToken = default);
}
