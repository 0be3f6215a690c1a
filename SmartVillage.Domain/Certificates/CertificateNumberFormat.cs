using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Certificates;

/// <summary>
/// The certificate number in the Indonesian letter style, built from a token template. Tokens: <c>{seq}</c> or
/// <c>{seq:000}</c> (the year's sequence, zero-padded to the pattern's width), <c>{track}</c> (MP, TD, KE),
/// <c>{regency}</c> (a short regency code such as TGM), <c>{romanMonth}</c> (XI), <c>{month}</c> (11), <c>{year}</c> (2026).
/// The default gives <c>007/SV-MP/TGM/XI/2026</c>.
/// </summary>
public static partial class CertificateNumberFormat
{
    public const string Default = "{seq:000}/SV-{track}/{regency}/{romanMonth}/{year}";

    private static readonly string[] Tokens = ["seq", "track", "regency", "romanMonth", "month", "year"];

    /// <summary>Why the template cannot number certificates, or null when it can.</summary>
    public static string? Problem(string? template)
    {
        if (string.IsNullOrWhiteSpace(template)) return "Format nomor sertifikat kosong.";
        foreach (Match m in Token().Matches(template))
        {
            if (!Tokens.Contains(m.Groups["name"].Value)) return $"Token {m.Value} tidak dikenal; pakai {{seq:000}}, {{track}}, {{regency}}, {{romanMonth}}, {{month}}, {{year}}.";
            if (m.Groups["pad"].Success && m.Groups["name"].Value != "seq") return $"Hanya {{seq}} yang boleh diberi pola angka: {m.Value}.";
        }
        var tokens = Token().Matches(template).Select(m => m.Groups["name"].Value).ToList();
        // Sequences restart each year: without the year a number would repeat, without the sequence every number would be the same.
        if (!tokens.Contains("seq")) return "Format nomor harus memuat {seq}.";
        if (!tokens.Contains("year")) return "Format nomor harus memuat {year}, karena urutan dimulai lagi setiap tahun.";
        return null;
    }

    public static string Format(string template, int sequence, string track, string regency, DateOnly issuedOn)
    {
        if (Problem(template) is { } problem) throw new DomainException(problem);
        if (sequence < 1) throw new DomainException("Nomor urut sertifikat dimulai dari 1.");
        return Token().Replace(template, m => m.Groups["name"].Value switch
        {
            "seq" => m.Groups["pad"].Success ? sequence.ToString(new string('0', m.Groups["pad"].Value.Length), CultureInfo.InvariantCulture) : sequence.ToString(CultureInfo.InvariantCulture),
            "track" => track,
            "regency" => regency,
            "romanMonth" => RomanMonth(issuedOn.Month),
            "month" => issuedOn.Month.ToString("00", CultureInfo.InvariantCulture),
            "year" => issuedOn.Year.ToString(CultureInfo.InvariantCulture),
            _ => m.Value,
        });
    }

    /// <summary>I … XII, as Indonesian letters write the month.</summary>
    public static string RomanMonth(int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        var numerals = new (int Value, string Text)[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new StringBuilder();
        foreach (var (value, numeral) in numerals)
            for (; month >= value; month -= value) text.Append(numeral);
        return text.ToString();
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(?::(?<pad>0+))?\}")]
    private static partial Regex Token();
}
