using System.Globalization;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Reads a number as an official types it. Indonesians write decimals with a comma ("2,5") and group
/// thousands with dots ("1.500.000"); Moodle and most keyboards use "2.5". Rules, in order:
/// both separators present: the last one is the decimal mark; one kind repeated ("1.500.000"): it groups
/// thousands; a single comma or dot: it is the decimal mark. So "1.000" reads as 1, the way GIFT files
/// and Moodle read it; write "1000" or "1.000,00" for a thousand.
/// A leading "Rp" and spaces (including non-breaking ones) are ignored.
/// </summary>
public static class NumberText
{
    public static bool TryParse(string? text, out decimal number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;

        var s = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.Length == 0) return false;

        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots > 0 && commas > 0)
        {
            var decimalMark = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var grouping = decimalMark == '.' ? ',' : '.';
            if (s.Count(c => c == decimalMark) > 1) return false;
            s = s.Replace(grouping.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (dots > 1 || commas > 1)
        {
            if (!GroupsOfThree(s, dots > 1 ? '.' : ',')) return false;
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            s = s.Replace(',', '.');
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number);
    }

    private static bool GroupsOfThree(string s, char separator)
    {
        var parts = s.TrimStart('-', '+').Split(separator);
        return parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }
}
