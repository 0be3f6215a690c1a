using System.Text;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// GIFT's escapes and text-format tags. Escaped characters are swapped for private-use placeholders
/// before the structure is read (as Moodle does with its "&amp;&amp;058;" markers), so a <c>\=</c> in a
/// feedback never splits an answer, and swapped back in each finished piece of text.
/// </summary>
internal static class GiftText
{
    // Order matters only for readability; each escape maps to its own placeholder.
    private const string Escapable = "\\:#={}~n";
    private const char FirstPlaceholder = '\uE000';

    public static string Protect(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var index = text[i] == '\\' && i + 1 < text.Length ? Escapable.IndexOf(text[i + 1]) : -1;
            if (index >= 0)
            {
                sb.Append((char)(FirstPlaceholder + index));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    public static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var index = c - FirstPlaceholder;
            if (index >= 0 && index < Escapable.Length)
                sb.Append(Escapable[index] == 'n' ? '\n' : Escapable[index]);
            else
                sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Writes text so that GIFT reads it back unchanged: reserved characters and newlines escaped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or ':' or '#' or '=' or '{' or '}' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Reads a leading <c>[html]</c>-style tag; unknown tags are ordinary text, as in Moodle.</summary>
    public static (TextFormat? Format, string Remainder) TakeFormat(string text)
    {
        if (!text.StartsWith('[')) return (null, text);
        var end = text.IndexOf(']');
        if (end < 0) return (null, text);
        TextFormat? format = text[1..end].ToLowerInvariant() switch
        {
            "moodle" => TextFormat.Moodle,
            "html" => TextFormat.Html,
            "plain" => TextFormat.Plain,
            "markdown" => TextFormat.Markdown,
            _ => null,
        };
        return format is null ? (null, text) : (format, text[(end + 1)..]);
    }

    public static string FormatTag(TextFormat format) => "[" + format.ToString().ToLowerInvariant() + "]";

    /// <summary>
    /// A finished piece of an answer block: trimmed, any per-answer format tag dropped (the model keeps one
    /// format per question, which is what Moodle writes unless an answer differs), escapes restored.
    /// </summary>
    public static string Piece(string protectedText) => Unescape(TakeFormat(protectedText.Trim()).Remainder.Trim());
}
