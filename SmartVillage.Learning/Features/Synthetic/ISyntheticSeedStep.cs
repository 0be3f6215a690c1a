namespace SmartVillage.Learning.Features.Synthetic;

/// <summary>
/// EXTENSION POINT for `seed synthetic`: a step that adds more synthetic rows inside the same transaction,
/// after officials, enrollments, lesson completions, workshops, registrations and attendance marks exist.
/// Register with services.AddScoped&lt;ISyntheticSeedStep, …&gt;(); steps run in registration order.
/// To add after the merge:
/// - attempts (≈250,000 at full scale): for each enrollment in <see cref="SyntheticData.Enrollments"/>, a graded pre-test
///   attempt (score ~ N(45, 15)) and, when Completed, one or two post-test attempts (score ~ N(75, 12)), using the
///   course's PreTest/PostTest quiz ids; insert with a prepared command on <see cref="SyntheticData.Connection"/>.
/// - certificates (≈40,000): for completed enrollments whose best post-test ≥ the course's passing score, and for
///   attended workshops (<see cref="SyntheticData.AttendedWorkshops"/>), a numbered certificate.
/// </summary>
public interface ISyntheticSeedStep
{
    Task<string> RunAsync(SyntheticData data, CancellationToken ct);
}
