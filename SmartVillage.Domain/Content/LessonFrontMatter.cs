namespace SmartVillage.Domain.Content;

/// <summary>The YAML front matter at the top of a lesson's Markdown file.</summary>
public sealed class LessonFrontMatter
{
    public string? Title { get; set; }
    public int? Minutes { get; set; }
    public string? Module { get; set; }
}
