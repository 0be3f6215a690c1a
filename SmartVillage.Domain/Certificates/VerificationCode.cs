using System.Security.Cryptography;
using System.Text;

namespace SmartVillage.Domain.Certificates;

/// <summary>
/// The random code that verifies a certificate: 80 bits from <see cref="RandomNumberGenerator"/> written as 16 characters
/// of Crockford's Base32 (no I, L, O or U, so nothing is misread; a typed O counts as 0 and I or L as 1).
/// Shown in groups of four (<c>7K3M-Q9XD-…</c>); dashes and spaces are ignored when typed.
/// </summary>
public static class VerificationCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 16;
    public const int Bits = Length * 5;

    public static string New()
    {
        Span<byte> random = stackalloc byte[Bits / 8];
        RandomNumberGenerator.Fill(random);
        var text = new StringBuilder(Length);
        int buffer = 0, bits = 0;
        foreach (var b in random)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }
        return text.ToString();
    }

    /// <summary>What a person typed or scanned, as stored: upper case, no separators, look-alikes mapped; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var text = new StringBuilder(Length);
        foreach (var c in typed.Trim().ToUpperInvariant())
        {
            if (c is '-' or ' ') continue;
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!Alphabet.Contains(mapped)) return null;
            text.Append(mapped);
        }
        return text.Length == Length ? text.ToString() : null;
    }

    /// <summary>"7K3M-Q9XD-2PWA-HT4E".</summary>
    public static string Display(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..12]}-{code[12..]}" : code;
}
