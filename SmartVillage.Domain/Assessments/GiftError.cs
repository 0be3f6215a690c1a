namespace SmartVillage.Domain.Assessments;

/// <summary>A problem in a GIFT file, at the 1-based line where the question concerned starts.</summary>
public sealed record GiftError(int Line, string Message)
{
    public override string ToString() => $"Baris {Line}: {Message}";
}
