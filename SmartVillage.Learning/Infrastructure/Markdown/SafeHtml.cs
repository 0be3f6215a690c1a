using Ganss.Xss;

namespace SmartVillage.Learning.Infrastructure.Markdown;

/// <summary>
/// The one HTML sanitizer configuration of the app (lessons, discussion, questions): HtmlSanitizer's safe defaults
/// (no script, no event handlers, no javascript: links), plus ids for headings, lazy images and outgoing links
/// that give away nothing.
/// </summary>
public static class SafeHtml
{
    /// <param name="keepImage">Decides per image source whether it stays; null keeps every image the defaults allow.</param>
    public static HtmlSanitizer CreateSanitizer(Func<string, bool>? keepImage = null)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "IMG" } img)
            {
                if (keepImage is not null && !keepImage(img.GetAttribute("src") ?? ""))
                {
                    img.Remove();
                    return;
                }
                img.SetAttribute("loading", "lazy");
            }
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } a && a.GetAttribute("href") is { } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                a.SetAttribute("rel", "noopener nofollow");
        };
        return sanitizer;
    }
}
