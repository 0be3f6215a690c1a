namespace SmartVillage.Domain.Networks;

/// <summary>
/// The areas a partner helps with: track codes (MP, TD, KE) and free tags ("website desa", "BUMDes").
/// Stored as one "|tag|tag|" column so a search for one area is a single LIKE on an indexed table,
/// without a tag table for a handful of words per partner.
/// </summary>
public static class AreaTags
{
    public const int MaxTags = 12;
    public const int MaxTagLength = 40;

    public static IReadOnlyList<string> Normalize(IEnumerable<string>? tags)
    {
        var result = new List<string>();
        foreach (var raw in tags ?? [])
        {
            var tag = Normalize(raw);
            if (tag.Length == 0 || result.Contains(tag)) continue;
            if (tag.Length > MaxTagLength) throw new DomainException($"Bidang \"{tag}\" terlalu panjang (paling banyak {MaxTagLength} karakter).");
            result.Add(tag);
        }
        if (result.Count > MaxTags) throw new DomainException($"Paling banyak {MaxTags} bidang bantuan per mitra.");
        return result;
    }

    /// <summary>Lower case, single spaces, no separator character: "Website  Desa" and "website desa" are one tag.</summary>
    public static string Normalize(string? tag) =>
        string.Join(' ', (tag ?? "").Replace("|", " ").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static string Join(IEnumerable<string> tags)
    {
        var list = tags.ToList();
        return list.Count == 0 ? "" : "|" + string.Join('|', list) + "|";
    }

    public static IReadOnlyList<string> Split(string? stored) => (stored ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The pattern that finds one tag in the stored column.</summary>
    public static string Pattern(string tag) => "%|" + Normalize(tag) + "|%";
}
