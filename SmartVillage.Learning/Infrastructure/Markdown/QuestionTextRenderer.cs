using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Infrastructure.Markdown;

/// <summary>Which outside sources a question's images may come from (<c>Questions:ImageHosts</c>).</summary>
public sealed class QuestionContentOptions
{
    public const string Section = "Questions";

    /// <summary>
    /// Hosts (e.g. <c>lms.lampungprov.go.id</c>) whose https images a question's HTML may show. Empty by default: only
    /// the images stored with the question are shown, so an imported bank cannot make officials' phones fetch (and pay
    /// for) pictures from anywhere, or tell a stranger's server who is taking a test.
    /// </summary>
    public string[] ImageHosts { get; set; } = [];
}

/// <summary>
/// A question's texts (question, options, feedback) as HTML, the way Moodle shows each text format: <c>[html]</c>
/// sanitized; <c>[markdown]</c> through the lessons' Markdig pipeline; <c>[moodle]</c> auto-format (HTML allowed, line
/// breaks kept); <c>[plain]</c> as written. Everything goes through the app's one sanitizer (<see cref="SafeHtml"/>),
/// and an image stays only when it is the question's own file (<c>@@PLUGINFILE@@/…</c>, served by the app to those who
/// may see the question) or comes over https from an allowed host.
/// </summary>
public sealed partial class QuestionTextRenderer
{
    private readonly HtmlSanitizer _sanitizer;
    private readonly HashSet<string> _imageHosts;
    private static readonly HtmlParser Parser = new();

    public QuestionTextRenderer(IOptions<QuestionContentOptions> options)
    {
        _imageHosts = new HashSet<string>(options.Value.ImageHosts.Select(h => h.Trim()).Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);
        _sanitizer = SafeHtml.CreateSanitizer(KeepImage);
    }

    /// <summary>Where the app serves a question's embedded file.</summary>
    public static string FileUrl(int bankQuestionId, string name) =>
        $"/questions/{bankQuestionId}/files/{string.Join('/', name.Split('/').Select(Uri.EscapeDataString))}";

    /// <param name="bankQuestionId">The bank question whose files the text may show; null when there are none to show.</param>
    public string ToHtml(string? text, TextFormat format, int? bankQuestionId = null)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var withFiles = PluginFile().Replace(text, m => bankQuestionId is { } id
            ? FileUrl(id, Uri.UnescapeDataString(m.Groups[1].Value))
            : "about:blank");
        var html = format switch
        {
            TextFormat.Html => withFiles,
            TextFormat.Markdown => Markdig.Markdown.ToHtml(withFiles, MarkdownRenderer.SharedPipeline),
            TextFormat.Plain => LineBreaks(WebUtility.HtmlEncode(withFiles)),
            _ => AutoFormat(withFiles),
        };
        return _sanitizer.Sanitize(html);
    }

    /// <summary>As <see cref="ToHtml"/> for a short text inside a line (an option's label): a lone paragraph loses its &lt;p&gt;.</summary>
    public string ToInlineHtml(string? text, TextFormat format, int? bankQuestionId = null)
    {
        var html = ToHtml(text, format, bankQuestionId).Trim();
        return LoneParagraph().Match(html) is { Success: true } m ? m.Groups[1].Value : html;
    }

    /// <summary>The text as a reader sees it, without markup: for drop-down items and anything else that cannot hold HTML.</summary>
    public string ToPlainText(string? text, TextFormat format)
    {
        var document = Parser.ParseDocument("<body>" + ToHtml(text, format) + "</body>");
        foreach (var br in document.QuerySelectorAll("br").ToList()) br.Replace(document.CreateTextNode(" "));
        return Whitespace().Replace(document.Body?.TextContent ?? "", " ").Trim();
    }

    /// <summary>
    /// The text as Markdown for the PDF writer (which draws Markdown): bold, italic, paragraphs, line breaks and lists
    /// kept, images named, everything else as its text.
    /// </summary>
    public string ToMarkdown(string? text, TextFormat format)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (format == TextFormat.Markdown) return text;
        var document = Parser.ParseDocument("<body>" + ToHtml(text, format) + "</body>");
        var sb = new StringBuilder();
        Write(document.Body!, sb);
        return MultipleBlankLines().Replace(sb.ToString(), "\n\n").Trim();
    }

    private bool KeepImage(string src) =>
        OwnFile().IsMatch(src)
        || (Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && _imageHosts.Contains(uri.Host));

    /// <summary>
    /// Moodle's auto-format (text_to_html): returns beside tags do not count, other line breaks are kept. HTML in it is
    /// HTML, as in Moodle.
    /// </summary>
    private static string AutoFormat(string text)
    {
        var html = BetweenTags().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "><");
        html = BeforeTag().Replace(html, " <");
        html = AfterTag().Replace(html, "> ");
        return "<div>" + LineBreaks(html) + "</div>";
    }

    private static string LineBreaks(string html) => html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>\n", StringComparison.Ordinal);

    private static void Write(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(EscapeMarkdown(Whitespace().Replace(t.Data, " ")));
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append("  \n");
                    break;
                case IElement { LocalName: "strong" or "b" } e:
                    Wrap(e, "**", sb);
                    break;
                case IElement { LocalName: "em" or "i" } e:
                    Wrap(e, "*", sb);
                    break;
                case IElement { LocalName: "img" } e:
                    sb.Append("[gambar").Append(e.GetAttribute("alt") is { Length: > 0 } alt ? ": " + EscapeMarkdown(alt) : "").Append(']');
                    break;
                case IElement { LocalName: "li" } e:
                    sb.Append("\n- ");
                    Write(e, sb);
                    sb.Append('\n');
                    break;
                case IElement { LocalName: "p" or "div" or "ul" or "ol" or "table" or "tr" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } e:
                    sb.Append("\n\n");
                    Write(e, sb);
                    sb.Append("\n\n");
                    break;
                case IElement e:
                    Write(e, sb);
                    break;
            }
        }
    }

    private static void Wrap(IElement element, string marker, StringBuilder sb)
    {
        var inner = new StringBuilder();
        Write(element, inner);
        var text = inner.ToString().Trim();
        if (text.Length > 0) sb.Append(marker).Append(text).Append(marker);
    }

    private static string EscapeMarkdown(string text) => MarkdownSpecial().Replace(text, @"\$0");

    [GeneratedRegex(@"@@PLUGINFILE@@/([^""'\s)<>]+)")]
    private static partial Regex PluginFile();

    [GeneratedRegex(@"^/questions/\d+/files/[^?#]+$")]
    private static partial Regex OwnFile();

    [GeneratedRegex(@"^<p>((?:(?!</?p>).)*)</p>$", RegexOptions.Singleline)]
    private static partial Regex LoneParagraph();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();

    [GeneratedRegex(@"\n<")]
    private static partial Regex BeforeTag();

    [GeneratedRegex(@">\n")]
    private static partial Regex AfterTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();

    [GeneratedRegex(@"[\\`*_\[\]#|<>]")]
    private static partial Regex MarkdownSpecial();
}
