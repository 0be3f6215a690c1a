namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A number exactly as typed ("2,5", "2.5", "1.500.000"). Kept as text so the attempt records what the
/// official wrote; <see cref="NumberText"/> reads it when grading.
/// </summary>
public sealed record NumberResponse(string Text) : Response;
