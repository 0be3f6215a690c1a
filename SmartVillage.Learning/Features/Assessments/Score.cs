using System.Globalization;

namespace SmartVillage.Learning.Features.Assessments;

/// <summary>Scores as officials read them: "81,25", "100".</summary>
public static class Score
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Text(decimal value) => value.ToString("0.##", Indonesian);
}
