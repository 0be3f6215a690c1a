using SmartVillage.Domain;

namespace SmartVillage.Learning.Cli;

/// <summary>
/// The command-line verbs of the same executable (DESIGN.md §5). Each prints a one-line summary,
/// writes errors to stderr, exits non-zero on failure and changes nothing when it fails.
/// </summary>
public static class CommandLine
{
    private static readonly IReadOnlyList<ICliVerb> Verbs = [new DbMigrateVerb(), new DbBackupVerb(), new DbRestoreVerb(), new SeedDemoVerb(), new OfficialsImportVerb(), new ContentImportVerb(), new GiftImportVerb(), new GiftExportVerb(), new MoodleXmlImportVerb(), new MoodleXmlExportVerb(),
        new CertificatesIssueVerb(), new CertificatesVerifyVerb(), new CertificatesPdfVerb(), new CertificatesRevokeVerb(), new SeedSyntheticVerb(), new ReportCompetencyVerb(), new ReportRefreshVerb(), new UsersAddVerb()];

    public static bool NamesVerb(string[] args) =>
        args.Length > 0 && (IsHelp(args[0]) || Verbs.Any(v => v.Matches(args)) || !args[0].StartsWith('-'));

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        stdin ??= Console.In;
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (IsHelp(args[0]))
        {
            PrintHelp(stdout);
            return 0;
        }
        var verb = Verbs.FirstOrDefault(v => v.Matches(args));
        if (verb is null)
        {
            await stderr.WriteLineAsync($"Unknown command: {string.Join(' ', args)}");
            PrintHelp(stderr);
            return 2;
        }

        try
        {
            using var host = CliHost.Build(args);
            return await verb.RunAsync(host.Services, args[verb.Name.Split(' ').Length..], stdin, stdout, stderr);
        }
        catch (DomainException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 1;
        }
        catch (CliUsageException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "help" or "-?";

    private static void PrintHelp(TextWriter writer)
    {
        writer.WriteLine("SmartVillage Learning");
        writer.WriteLine();
        writer.WriteLine("Usage: SmartVillage.Learning [VERB] [OPTIONS]    (no verb: run the web app)");
        writer.WriteLine();
        foreach (var verb in Verbs) writer.WriteLine($"  {verb.Usage,-58} {verb.Summary}");
    }
}
