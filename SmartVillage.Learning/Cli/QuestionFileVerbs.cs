using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Cli;

internal sealed class GiftImportVerb() : QuestionImportVerb("gift", QuestionFileFormat.Gift, "a Moodle GIFT file", "bank.gift");

internal sealed class GiftExportVerb() : QuestionExportVerb("gift", QuestionFileFormat.Gift, "Moodle GIFT", "bank.gift");

internal sealed class MoodleXmlImportVerb() : QuestionImportVerb("moodlexml", QuestionFileFormat.MoodleXml, "a Moodle XML file (images included)", "bank.xml");

internal sealed class MoodleXmlExportVerb() : QuestionExportVerb("moodlexml", QuestionFileFormat.MoodleXml, "Moodle XML (images included)", "bank.xml");

/// <summary><c>gift import</c> and <c>moodlexml import</c>: one file into a course's bank, all or nothing, errors as <c>file:line:</c>.</summary>
internal abstract class QuestionImportVerb(string noun, QuestionFileFormat format, string what, string example) : ICliVerb
{
    public string Name => $"{noun} import";
    public string Usage => $"{noun} import FILE --course SLUG [--category PATH]";
    public string Summary => $"Import {what} into a course's question bank (all or nothing).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var file = CliOptions.Positional(options) ?? throw new CliUsageException($"Usage: {Usage}  (e.g. {example})");
        var course = CliOptions.Value(options, "--course") ?? throw new CliUsageException($"Usage: {Usage}");
        var category = CliOptions.Value(options, "--category");
        if (!File.Exists(file)) throw new CliUsageException($"File not found: {file}");

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        // Bytes, not text: the bank refuses a file that is not UTF-8 instead of reading it with replacement characters.
        var content = await File.ReadAllBytesAsync(file);
        using var scope = services.CreateScope();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBankService>();
        var result = await bank.ImportAsync(CliOptions.Operator, course, Path.GetFileName(file), content, category, format);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) await stderr.WriteLineAsync($"{file}:{error.Line}: {error.Message}");
            await stderr.WriteLineAsync($"Nothing imported: {result.Errors.Count} error(s) in {file}.");
            return 1;
        }
        await stdout.WriteLineAsync($"Imported {file} into {course}: {result}.");
        return 0;
    }
}

/// <summary><c>gift export</c> and <c>moodlexml export</c>: a course's bank to a file or stdout.</summary>
internal abstract class QuestionExportVerb(string noun, QuestionFileFormat format, string what, string example) : ICliVerb
{
    public string Name => $"{noun} export";
    public string Usage => $"{noun} export --course SLUG [--out {example}]";
    public string Summary => $"Write a course's question bank as {what} (stdout without --out).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var course = CliOptions.Value(options, "--course") ?? throw new CliUsageException($"Usage: {Usage}");
        var output = CliOptions.Value(options, "--out");

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBankService>();
        var export = await bank.ExportAsync(CliOptions.Operator, course, format);
        if (output is null)
        {
            await stdout.WriteAsync(export.Text);
            await stderr.WriteLineAsync($"Exported {export.Questions} question(s) of {course}.");
        }
        else
        {
            await File.WriteAllTextAsync(output, export.Text);
            await stdout.WriteLineAsync($"Exported {export.Questions} question(s) of {course} to {output}.");
        }
        return 0;
    }
}

/// <summary>Small helpers for verbs' options.</summary>
internal static class CliOptions
{
    /// <summary>The command line runs on the server, by whoever runs the server: it acts as an admin.</summary>
    public static Actor Operator { get; } = Actor.Admin("cli");

    /// <summary>The first argument that is neither an option nor an option's value.</summary>
    public static string? Positional(string[] options)
    {
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i].StartsWith("--", StringComparison.Ordinal)) { i++; continue; }
            return options[i];
        }
        return null;
    }

    public static string? Value(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        if (i < 0) return null;
        return i + 1 < options.Length && !options[i + 1].StartsWith("--", StringComparison.Ordinal)
            ? options[i + 1]
            : throw new CliUsageException($"{name} needs a value.");
    }
}
