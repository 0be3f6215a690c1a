namespace SmartVillage.Learning.Seeding.Synthetic;

/// <summary>
/// EXTENSION POINT for `seed synthetic`: a step that adds more synthetic rows inside the same transaction,
/// after officials, enrollments, lesson completions, workshops, registrations and attendance marks exist.
/// Register with services.AddScoped&lt;ISyntheticSeedStep, …&gt;(); steps run in registration order.
/// Registered: <see cref="SyntheticAttempts"/> (graded pre-/post-test attempts and their stored gains), then
/// <see cref="SyntheticCertificates"/> (valid certificates for passed courses and attended workshops).
/// </summary>
public interface ISyntheticSeedStep
{
    Task<string> RunAsync(SyntheticData data, CancellationToken ct);
}
