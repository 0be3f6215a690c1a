using System.Text;
using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A typed answer a short-answer question accepts.
/// </summary>
/// <param name="Text">
/// The pattern. <c>*</c> stands for any run of characters (<c>Dana Desa*</c> accepts "Dana Desa 2025");
/// <c>\*</c> is a literal star, as in Moodle.
/// </param>
/// <param name="Weight">Percent of the mark, 0..100; the best matching answer counts.</param>
/// <param name="Feedback">Shown when this answer is the one that matched.</param>
public sealed record AcceptedAnswer(string Text, decimal Weight = 100, string Feedback = "")
{
    /// <summary>
    /// Officials type on phones: case, surrounding spaces and doubled spaces are noise, not a wrong answer.
    /// </summary>
    public bool Matches(string? response, bool caseSensitive = false)
    {
        if (response is null) return false;
        var pattern = Normalize(Text);
        // Most answers have no wildcard; a plain comparison spares building a regex per graded response.
        return pattern.Contains('*')
            ? ToRegex(pattern, caseSensitive).IsMatch(Normalize(response))
            : string.Equals(pattern, Normalize(response), caseSensitive ? StringComparison.InvariantCulture : StringComparison.InvariantCultureIgnoreCase);
    }

    internal static string Normalize(string text) => Whitespace.Replace(text.Trim(), " ");

    private static Regex ToRegex(string pattern, bool caseSensitive)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                regex.Append(@"\*");
                i++;
            }
            else if (pattern[i] == '*')
            {
                regex.Append(".*");
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        regex.Append('$');
        return new Regex(regex.ToString(),
            (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant | RegexOptions.Singleline,
            TimeSpan.FromMilliseconds(200));
    }

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);
}
