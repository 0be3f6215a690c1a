namespace SmartVillage.Domain.Competencies;

/// <summary>Dasar, Menengah, Mahir. The numbers order them, so "at least Menengah" is a comparison.</summary>
public enum CompetencyLevel
{
    Basic = 1,
    Intermediate = 2,
    Advanced = 3,
}

public static class CompetencyLevels
{
    public static readonly IReadOnlyList<CompetencyLevel> All = [CompetencyLevel.Basic, CompetencyLevel.Intermediate, CompetencyLevel.Advanced];

    /// <summary>What the framework file and the UI call each level.</summary>
    public static string Label(CompetencyLevel level) => level switch
    {
        CompetencyLevel.Basic => "Dasar",
        CompetencyLevel.Intermediate => "Menengah",
        _ => "Mahir",
    };

    /// <summary>The label of a computed level, where null means no evidence yet.</summary>
    public static string Label(CompetencyLevel? level) => level is { } l ? Label(l) : "Belum";

    public static bool TryParse(string? text, out CompetencyLevel level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "dasar" or "basic": level = CompetencyLevel.Basic; return true;
            case "menengah" or "intermediate": level = CompetencyLevel.Intermediate; return true;
            case "mahir" or "advanced": level = CompetencyLevel.Advanced; return true;
            default: level = default; return false;
        }
    }

    public static CompetencyLevel Min(CompetencyLevel a, CompetencyLevel b) => a <= b ? a : b;
}
