using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Accounts;

/// <summary>
/// Indonesian mobile numbers, stored in E.164 (+628…) so "0812-3456-789", "62812…" and "+62 812…"
/// are the same person at sign-in and at import.
/// </summary>
public static partial class PhoneNumber
{
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(text)) return false;
        var digits = Separators().Replace(text.Trim(), "");
        if (digits.StartsWith("+62", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("62", StringComparison.Ordinal)) digits = digits[2..];
        else if (digits.StartsWith('0')) digits = digits[1..];
        else return false;

        if (!MobileSubscriber().IsMatch(digits)) return false;
        normalized = "+62" + digits;
        return true;
    }

    public static bool IsValid(string? text) => TryNormalize(text, out _);

    /// <summary>Shows +6281234567890 the way people write it: 0812-3456-7890.</summary>
    public static string Display(string e164) =>
        e164.StartsWith("+62", StringComparison.Ordinal) ? "0" + e164[3..] : e164;

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^8\d{7,11}$")]
    private static partial Regex MobileSubscriber();
}
