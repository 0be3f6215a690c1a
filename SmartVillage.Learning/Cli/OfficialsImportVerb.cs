using System.Globalization;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Infrastructure.Csv;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class OfficialsImportVerb : ICliVerb
{
    public string Name => "officials import";
    public string Usage => "officials import FILE.csv [--passwords-out FILE.csv]";
    public string Summary => "Create or update officials from a roster, all or nothing.";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var file = options.FirstOrDefault(o => !o.StartsWith("--"))
                   ?? throw new CliUsageException($"Usage: {Usage}");
        var passwordsOut = OptionValue(options, "--passwords-out");
        if (!File.Exists(file)) throw new CliUsageException($"File not found: {file}");

        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();

        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<OfficialRosterImporter>();
        await using var stream = File.OpenRead(file);
        var result = await importer.ImportAsync(stream, new OfficialRosterImportOptions(IssuePasswords: passwordsOut is not null));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) await stderr.WriteLineAsync($"{file}:{error.Line}: {error.Message}");
            await stderr.WriteLineAsync($"Nothing imported: {result.Errors.Count} error(s) in {file}.");
            return 1;
        }

        if (passwordsOut is not null) await WritePasswordsAsync(passwordsOut, result.IssuedPasswords);
        await stdout.WriteLineAsync($"Imported {file}: {result.Created} created, {result.Updated} updated"
                                    + (passwordsOut is null ? "." : $"; {result.IssuedPasswords.Count} first password(s) written to {passwordsOut}."));
        return 0;
    }

    private static string? OptionValue(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        if (i < 0) return null;
        return i + 1 < options.Length ? options[i + 1] : throw new CliUsageException($"{name} needs a file name.");
    }

    private static async Task WritePasswordsAsync(string path, IReadOnlyList<IssuedPassword> passwords)
    {
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("line,name,sign_in,first_password");
        foreach (var p in passwords)
            await writer.WriteLineAsync(CsvCell.Line([p.Line.ToString(CultureInfo.InvariantCulture), p.FullName, p.UserName, p.Password]));
    }
}
