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

    /// <summary>What a screen reader hears on a table's scroll box (it takes keyboard focus so the keys can scroll it).</summary>
    public const string TableRegionLabel = "Tabel; geser ke samping bila kolomnya terpotong";

    public string ToHtml(string markdown)
    {
        var html = _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", Pipeline));
        // A table wider than a 360 px phone scrolls inside its own box (with edge shadows, app.css) instead of widening the
        // page; the box is added after sanitizing, so the author's Markdown can never add attributes of its own.
        return html.Replace("<table>", $"<div class=\"sv-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{TableRegionLabel}\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    /// <summary>Plain text (for search, word counts and the PDF handout's fallbacks).</summary>
    public static string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown ?? "", Pipeline);

    public static MarkdownPipeline SharedPipeline => Pipeline;
}
