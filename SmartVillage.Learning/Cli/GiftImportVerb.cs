using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Cli;

internal sealed class GiftImportVerb : ICliVerb
{
    public string Name => "gift import";
    public string Usage => "gift import FILE --course SLUG [--category PATH]";
    public string Summary => "Import a Moodle GIFT file into a course's question bank (all or nothing).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var file = CliOptions.Positional(options) ?? throw new CliUsageException($"Usage: {Usage}");
        var course = CliOptions.Value(options, "--course") ?? throw new CliUsageException($"Usage: {Usage}");
        var category = CliOptions.Value(options, "--category");
        if (!File.Exists(file)) throw new CliUsageException($"File not found: {file}");

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var text = await File.ReadAllTextAsync(file);
        using var scope = services.CreateScope();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBankService>();
        var result = await bank.ImportGiftAsync(CliOptions.Operator, course, text, category);
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

internal sealed class GiftExportVerb : ICliVerb
{
    public string Name => "gift export";
    public string Usage => "gift export --course SLUG [--out FILE]";
    public string Summary => "Write a course's question bank as Moodle GIFT (stdout without --out).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var course = CliOptions.Value(options, "--course") ?? throw new CliUsageException($"Usage: {Usage}");
        var output = CliOptions.Value(options, "--out");

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var scope = services.CreateScope();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBankService>();
        var text = await bank.ExportGiftAsync(CliOptions.Operator, course);
        var questions = Domain.Assessments.GiftParser.Parse(text).Questions.Count;
        if (output is null)
        {
            await stdout.WriteAsync(text);
            await stderr.WriteLineAsync($"Exported {questions} question(s) of {course}.");
        }
        else
        {
            await File.WriteAllTextAsync(output, text);
            await stdout.WriteLineAsync($"Exported {questions} question(s) of {course} to {output}.");
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
