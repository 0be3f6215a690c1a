using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>What a trainer fills in about a course: what the catalog shows.</summary>
public sealed class CourseForm
{
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string TrackCode { get; set; } = "";
    public string Summary { get; set; } = "";
    public CourseLevel Level { get; set; } = CourseLevel.Basic;
    public int LessonHours { get; set; } = 2;
    public int PassingScore { get; set; } = 70;

    /// <summary>Competency codes, separated by commas or new lines.</summary>
    public string Competencies { get; set; } = "";

    /// <summary>The course's concurrency token when the form was loaded; empty for a new course.</summary>
    public Guid RowVersion { get; set; }

    public IReadOnlyList<string> CompetencyCodes =>
        Competencies.Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool SameDetailsAs(CourseForm other) =>
        Title == other.Title && TrackCode == other.TrackCode && Summary == other.Summary && Level == other.Level
        && LessonHours == other.LessonHours && PassingScore == other.PassingScore
        && CompetencyCodes.SequenceEqual(other.CompetencyCodes);

    public CourseForm Copy() => (CourseForm)MemberwiseClone();
}
