using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Catalog;

/// <summary>URL names of courses and lessons: lowercase ASCII words joined by hyphens.</summary>
public static partial class Slug
{
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    public static string From(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        var slug = NonWord().Replace(plain.ToString().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
