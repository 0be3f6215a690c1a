namespace SmartVillage.Domain.Text;

/// <summary>
/// How long what people write may be (decision 0019): enough for the real need, checked by the validators, counted on
/// the field, and the same number everywhere it is enforced. Past a limit the text is refused with the limit named,
/// never cut and never dropped.
/// </summary>
public static class TextLimits
{
    /// <summary>A lesson: a long chapter of Markdown with tables fits in 100,000 characters (a course's longest is under 20,000).</summary>
    public const int LessonMarkdown = 100_000;

    /// <summary>A discussion topic or reply: a page of text (about 1,300 words).</summary>
    public const int Post = 8_000;

    /// <summary>How a number of characters is written in a message: 100.000.</summary>
    public static string Count(int characters) => characters.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}
