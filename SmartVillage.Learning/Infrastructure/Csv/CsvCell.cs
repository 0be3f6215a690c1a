using System.Text.RegularExpressions;

namespace SmartVillage.Learning.Infrastructure.Csv;

/// <summary>
/// One cell of a CSV file the app writes. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
/// return before one) as a formula: a name like =HYPERLINK(…) beside first passwords would be a link out of the
/// sheet. Such a cell gets a leading apostrophe (shown as text, OWASP's advice); plain numbers, negative ones too,
/// stay numbers. Then quoted when it holds a separator, a quote or a line break.
/// </summary>
public static partial class CsvCell
{
    public static string Escape(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0]) && !Number().IsMatch(text)) text = "'" + text;
        return text.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Escape));

    [GeneratedRegex(@"^[-+]?\d+([.,]\d+)*%?$")]
    private static partial Regex Number();
}
