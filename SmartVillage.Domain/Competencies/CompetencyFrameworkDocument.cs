namespace SmartVillage.Domain.Competencies;

/// <summary>
/// What content/competencies.yml says, before it is checked. Every part carries the line it starts on,
/// so a problem is reported as file:line.
/// </summary>
public sealed class CompetencyFrameworkDocument
{
    /// <summary>The default quiz threshold (0–100) for mappings that do not state min_score.</summary>
    public int? PassingScore { get; set; }

    public int PassingScoreLine { get; set; } = 1;
    public List<AreaDocument> Areas { get; set; } = [];
}

public sealed class AreaDocument
{
    public int Line { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<LevelDocument> Levels { get; set; } = [];
    public List<EvidenceDocument> Evidence { get; set; } = [];
}

public sealed class LevelDocument
{
    public int Line { get; set; }
    public string? Name { get; set; }
    public List<string> Indicators { get; set; } = [];
}

/// <summary>One evidence line: exactly one of course, quiz, question_category, workshop_course, workshop_track, and a level.</summary>
public sealed class EvidenceDocument
{
    public int Line { get; set; }
    public string? Level { get; set; }
    public string? Course { get; set; }

    /// <summary>"course-slug/post-test" or "course-slug/pre-test".</summary>
    public string? Quiz { get; set; }

    /// <summary>"course-slug/Category/Path".</summary>
    public string? QuestionCategory { get; set; }

    public string? WorkshopCourse { get; set; }
    public string? WorkshopTrack { get; set; }
    public int? MinScore { get; set; }

    public int TargetCount => new[] { Course, Quiz, QuestionCategory, WorkshopCourse, WorkshopTrack }.Count(t => !string.IsNullOrWhiteSpace(t));
}
