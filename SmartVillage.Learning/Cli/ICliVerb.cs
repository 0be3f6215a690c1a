namespace SmartVillage.Learning.Cli;

public interface ICliVerb
{
    /// <summary>The words that name the verb, e.g. "db migrate".</summary>
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    bool Matches(string[] args)
    {
        var words = Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => string.Equals(w, args[i], StringComparison.OrdinalIgnoreCase)).All(x => x);
    }

    Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr);

    /// <summary>The same, for a verb that reads standard input (a password); the others ignore it.</summary>
    Task<int> RunAsync(IServiceProvider services, string[] options, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(services, options, stdout, stderr);
}

public sealed class CliUsageException(string message) : Exception(message);
