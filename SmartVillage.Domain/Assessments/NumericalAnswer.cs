namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A number a numerical question accepts: a value with a tolerance (GIFT <c>20:2</c>) or a range
/// (GIFT <c>1..5</c>). Both describe the same interval; <see cref="IsRange"/> only remembers how the
/// author wrote it so an export reads the way the trainer typed it.
/// </summary>
public sealed record NumericalAnswer
{
    private NumericalAnswer(decimal value, decimal tolerance, bool isRange, decimal weight, string feedback)
    {
        Value = value;
        Tolerance = tolerance;
        IsRange = isRange;
        Weight = weight;
        Feedback = feedback;
    }

    public decimal Value { get; init; }

    /// <summary>Absolute margin either side of <see cref="Value"/>; 0 for an exact answer.</summary>
    public decimal Tolerance { get; init; }

    public bool IsRange { get; init; }

    /// <summary>Percent of the mark, 0..100; the best accepted answer counts.</summary>
    public decimal Weight { get; init; }

    public string Feedback { get; init; }

    public decimal Minimum => Value - Tolerance;

    public decimal Maximum => Value + Tolerance;

    public static NumericalAnswer Around(decimal value, decimal tolerance = 0, decimal weight = 100, string feedback = "") =>
        new(value, tolerance, false, weight, feedback);

    public static NumericalAnswer Between(decimal minimum, decimal maximum, decimal weight = 100, string feedback = "") =>
        new((minimum + maximum) / 2, (maximum - minimum) / 2, true, weight, feedback);

    public bool Accepts(decimal number) => number >= Minimum && number <= Maximum;
}
