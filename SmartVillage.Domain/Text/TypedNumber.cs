using System.Globalization;

namespace SmartVillage.Domain.Text;

/// <summary>
/// A number as a person types it (decision 0019): <c>0,8</c> and <c>0.8</c> are both 0.8; <c>1.500.000</c>,
/// <c>1,500,000</c> and <c>1500000</c> are all one and a half million; spaces and a leading "Rp" are ignored. With both
/// marks, the last one is the decimal mark. A single mark followed by exactly three digits groups thousands in a whole
/// number field and is the decimal mark elsewhere. Nothing is rounded: more decimals than the field keeps, or a value
/// outside its range, is refused with a message in Indonesian.
/// </summary>
public static class TypedNumber
{
    public const string NotANumberMessage = "Ketik angka saja, misalnya 12 atau 0,5.";
    public const string WholeNumberMessage = "Ketik bilangan bulat, tanpa koma.";

    /// <summary>Reads <paramref name="text"/>; an empty text is a null value (the field decides whether one is required).</summary>
    /// <param name="decimals">How many digits after the decimal mark the field keeps: 0 for a whole number.</param>
    /// <returns>Null when it reads; else why not, in Indonesian.</returns>
    public static string? TryRead(string? text, int decimals, out decimal? value)
    {
        value = null;
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray());
        if (compact.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) compact = compact[2..].TrimStart('.');
        if (compact.Length == 0) return null;

        var negative = compact[0] == '-';
        if (compact[0] is '-' or '+') compact = compact[1..];
        if (compact.Length == 0 || compact.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != ',')) return NotANumberMessage;

        var lastDot = compact.LastIndexOf('.');
        var lastComma = compact.LastIndexOf(',');
        char? decimalMark = (lastDot, lastComma) switch
        {
            (< 0, < 0) => null,
            (>= 0, >= 0) => lastDot > lastComma ? '.' : ',',
            _ => SingleKindMark(compact, lastDot >= 0 ? '.' : ',', decimals),
        };
        var groupMark = decimalMark switch { '.' => ',', ',' => '.', _ => compact.Contains('.') ? '.' : ',' };

        var whole = decimalMark is { } mark ? compact[..compact.LastIndexOf(mark)] : compact;
        var fraction = decimalMark is { } m ? compact[(compact.LastIndexOf(m) + 1)..] : "";
        if (decimalMark is { } d && whole.Contains(d)) return NotANumberMessage;
        if (!GroupsAreWhole(whole, groupMark) || fraction.Any(c => !char.IsAsciiDigit(c))) return NotANumberMessage;
        if (decimalMark is not null && fraction.Length == 0) return NotANumberMessage;
        if (fraction.TrimEnd('0').Length > decimals)
            return decimals == 0 ? WholeNumberMessage : $"Paling banyak {decimals} angka di belakang koma.";

        var digits = whole.Replace(groupMark.ToString(), "", StringComparison.Ordinal);
        if (digits.Length == 0) digits = "0";
        if (!decimal.TryParse(digits + (fraction.Length > 0 ? "." + fraction : ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            return "Angka ini terlalu besar.";
        value = negative ? -parsed : parsed;
        return null;
    }

    /// <summary>Reads <paramref name="text"/> and checks it lies in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="rangeMessage"/> when it does not.</summary>
    public static string? TryRead(string? text, int decimals, decimal min, decimal max, string rangeMessage, out decimal? value)
    {
        var error = TryRead(text, decimals, out value);
        if (error is not null) return error;
        if (value is { } v && (v < min || v > max))
        {
            value = null;
            return rangeMessage;
        }
        return null;
    }

    /// <summary>How a number is shown back in a field: the Indonesian way (<c>0,8</c>, <c>1500000</c>), no rounding beyond what it holds.</summary>
    public static string Show(decimal? value) =>
        value is { } v ? v.ToString("0.############", CultureInfo.GetCultureInfo("id-ID")) : "";

    private static char? SingleKindMark(string compact, char mark, int decimals)
    {
        var count = compact.Count(c => c == mark);
        if (count > 1) return null; // 1.500.000: every mark groups thousands
        var after = compact.Length - compact.IndexOf(mark) - 1;
        var before = compact.IndexOf(mark);
        return decimals == 0 && after == 3 && before is >= 1 and <= 3 ? null : mark;
    }

    private static bool GroupsAreWhole(string whole, char groupMark)
    {
        if (!whole.Contains(groupMark)) return whole.All(char.IsAsciiDigit);
        var groups = whole.Split(groupMark);
        return groups[0].Length is >= 1 and <= 3 && groups.All(g => g.All(char.IsAsciiDigit)) && groups.Skip(1).All(g => g.Length == 3);
    }
}
