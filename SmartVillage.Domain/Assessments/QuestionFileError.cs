namespace SmartVillage.Domain.Assessments;

/// <summary>A problem in a question file (GIFT or Moodle XML), at the 1-based line of the question or element concerned.</summary>
public sealed record QuestionFileError(int Line, string Message)
{
    public override string ToString() => $"Baris {Line}: {Message}";
}
