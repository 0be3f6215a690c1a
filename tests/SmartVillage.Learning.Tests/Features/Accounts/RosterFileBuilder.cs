using System.Text;

namespace SmartVillage.Learning.Tests.Features.Accounts;

/// <summary>
/// A roster CSV as a village office would send it. Rows get sensible defaults: a Kaur Keuangan in
/// Pekon Karang Brak (18.06.16.2010) with a phone number unique to the row.
/// </summary>
public sealed class RosterFileBuilder
{
    public const string Header = "name,position,village_code,phone,email,gender,birth_year";
    private readonly List<string[]> rows = [];
    private char delimiter = ',';

    public static string PhoneFor(int n) => $"0813-9000-{n:0000}";

    public static string E164For(int n) => $"+628139000{n:0000}";

    public RosterFileBuilder Row(string? name = null, string? position = null, string? villageCode = null, string? phone = null,
        string email = "", string gender = "P", string birthYear = "1985")
    {
        var n = rows.Count + 1;
        rows.Add([name ?? $"Aparatur {n}", position ?? "Kaur Keuangan", villageCode ?? "18.06.16.2010", phone ?? PhoneFor(n), email, gender, birthYear]);
        return this;
    }

    public RosterFileBuilder Rows(int count)
    {
        for (var i = 0; i < count; i++) Row();
        return this;
    }

    public RosterFileBuilder SemicolonDelimited()
    {
        delimiter = ';';
        return this;
    }

    public string Text()
    {
        var lines = new List<string> { Header.Replace(',', delimiter) };
        lines.AddRange(rows.Select(r => string.Join(delimiter, r.Select(Quote))));
        return string.Join("\r\n", lines) + "\r\n";
    }

    public MemoryStream Stream() => new(Encoding.UTF8.GetBytes(Text()));

    public async Task<string> WriteToAsync(string folder)
    {
        var path = Path.Combine(folder, "roster.csv");
        await File.WriteAllTextAsync(path, Text());
        return path;
    }

    private string Quote(string value) =>
        value.Contains(delimiter) || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
