using System.Buffers;

namespace SmartVillage.Domain.Text;

/// <summary>
/// Unicode's explicit direction controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, the marks
/// U+200E, U+200F, U+061C). A right-to-left override typed into a name turns the rest of a roster line around, so
/// names and titles never keep them. Letters of right-to-left scripts stay: the bidi algorithm places them on its own.
/// </summary>
public static class BidiControls
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    public static bool Contains(string? text) => text is not null && text.AsSpan().ContainsAny(Controls);

    public static string? Strip(string? text)
    {
        if (!Contains(text)) return text;
        return string.Create(text!.Length - Count(text), text, (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
                if (!Controls.Contains(c)) span[at++] = c;
        });
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (Controls.Contains(c)) count++;
        return count;
    }
}
