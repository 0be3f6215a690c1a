using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Moodle's cleaning of the short texts both file formats carry (names, tags, ID numbers), so a question reads the
/// same whether it came as GIFT or Moodle XML, and the same as Moodle would store it.
/// </summary>
public static partial class MoodleText
{
    /// <summary>
    /// A question name as Moodle keeps it (PARAM_TEXT, then at most 255 characters): tags stripped, trimmed; null when
    /// nothing is left.
    /// </summary>
    public static string? CleanName(string? name)
    {
        if (name is null) return null;
        var text = StripTags(name).Trim();
        if (text.Length > QuestionValidator.NameMaxLength) text = text[..(QuestionValidator.NameMaxLength - 3)].TrimEnd() + "...";
        return text.Length == 0 ? null : text;
    }

    /// <summary>A tag as Moodle keeps it (PARAM_TAG): no control characters or &lt; &gt; `, one space between words, at most 50 characters.</summary>
    public static string CleanTag(string tag)
    {
        var text = Whitespace().Replace(NotInTags().Replace(tag, ""), " ").Trim();
        return text.Length > QuestionValidator.TagMaxLength ? text[..QuestionValidator.TagMaxLength].TrimEnd() : text;
    }

    /// <summary>Tags cleaned, empty ones dropped, each kept once (Moodle's tags ignore case), in their first spelling and order.</summary>
    public static ValueList<string> CleanTags(IEnumerable<string> tags)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return ValueList.From(tags.Select(CleanTag).Where(t => t.Length > 0 && seen.Add(t)).ToList());
    }

    /// <summary>An ID number as both formats give it: trimmed, null when empty.</summary>
    public static string? CleanIdNumber(string? idNumber) =>
        string.IsNullOrWhiteSpace(idNumber) ? null : idNumber.Trim();

    /// <summary>
    /// The name Moodle makes for a question that has none: the start of its text as plain text. Moodle XML must name
    /// every question, so an unnamed one is written with this name and read back as unnamed.
    /// </summary>
    public static string DefaultName(Question question)
    {
        var plain = Whitespace().Replace(StripTags(question.DisplayText()), " ").Trim();
        if (plain.Length == 0) return "Soal";
        return plain.Length <= 80 ? plain : plain[..77].TrimEnd() + "...";
    }

    /// <summary>As PHP's strip_tags: anything from "&lt;" to the next "&gt;" (or the end) goes.</summary>
    public static string StripTags(string text) => Tag().Replace(text, "");

    [GeneratedRegex(@"<[^>]*(>|$)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{Cc}<>`]")]
    private static partial Regex NotInTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
