namespace SmartVillage.Domain.Catalog;

/// <summary>Dasar, Menengah, Mahir: the same three levels as competencies.</summary>
public enum CourseLevel
{
    Basic = 1,
    Intermediate = 2,
    Advanced = 3,
}

public static class CourseLevels
{
    public static string Label(CourseLevel level) => level switch
    {
        CourseLevel.Basic => "Dasar",
        CourseLevel.Intermediate => "Menengah",
        _ => "Mahir",
    };

    public static bool TryParse(string? text, out CourseLevel level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "dasar" or "basic": level = CourseLevel.Basic; return true;
            case "menengah" or "intermediate": level = CourseLevel.Intermediate; return true;
            case "mahir" or "advanced": level = CourseLevel.Advanced; return true;
            default: level = default; return false;
        }
    }
}
