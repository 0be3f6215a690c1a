namespace SmartVillage.Domain.Content;

/// <summary>What content/courses/&lt;slug&gt;/course.yml says, before it is checked.</summary>
public sealed class CourseManifest
{
    public string? Title { get; set; }
    public string? Track { get; set; }
    public string? Summary { get; set; }
    public string? Level { get; set; }
    public int? LessonHours { get; set; }
    public int? PassingScore { get; set; }
    public List<string>? Competencies { get; set; }
    public int? Version { get; set; }
}
