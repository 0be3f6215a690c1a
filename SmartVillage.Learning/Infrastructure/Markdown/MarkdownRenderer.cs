using Ganss.Xss;
using Markdig;

namespace SmartVillage.Learning.Infrastructure.Markdown;

/// <summary>
/// Lesson Markdown to safe HTML: raw HTML in the source is not passed through, the result is
/// sanitized again, and images load lazily so a lesson page stays light on a prepaid connection.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = SafeHtml.CreateSanitizer();

    public string ToHtml(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown ?? "", Pipeline);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>Plain text (for search, word counts and the PDF handout's fallbacks).</summary>
    public static string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown ?? "", Pipeline);

    public static MarkdownPipeline SharedPipeline => Pipeline;
}
