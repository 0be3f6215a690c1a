namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// The two scales a province template may use, labelled as Indonesian evaluation forms label them. Means of forms on
/// different scales are compared on one 1–5 scale (<see cref="OnFivePoints"/>), the scale of the province's report.
/// </summary>
public static class LikertScale
{
    public const string ScaleMessage = "Skala penilaian 1–4 atau 1–5.";

    private static readonly string[] Four = ["Kurang", "Cukup", "Baik", "Sangat baik"];
    private static readonly string[] Five = ["Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"];

    public static bool IsValid(int scale) => scale is 4 or 5;

    public static void Demand(int scale)
    {
        if (!IsValid(scale)) throw new DomainException(ScaleMessage);
    }

    /// <summary>The labels of 1..scale, lowest first.</summary>
    public static IReadOnlyList<string> Labels(int scale) => scale switch
    {
        4 => Four,
        5 => Five,
        _ => throw new DomainException(ScaleMessage),
    };

    public static string Label(int scale, int score) => Labels(scale)[score - 1];

    /// <summary>A score on a 1–<paramref name="scale"/> form put on the 1–5 scale: 1 stays 1, the top of the scale becomes 5.</summary>
    public static decimal OnFivePoints(decimal score, int scale) => scale == 5 ? score : 1 + (score - 1) * 4m / (scale - 1);
}
