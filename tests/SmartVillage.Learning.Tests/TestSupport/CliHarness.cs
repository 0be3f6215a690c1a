using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>The CLI reads its database and environment from environment variables, which are process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "Command line (process environment)";
}

/// <summary>
/// Runs a verb as <c>dotnet run -- VERB</c> would, against a test database: the connection string, the content folder
/// and the environment go in as environment variables (as an operator sets them), stdout and stderr come back as text.
/// Test classes using it join <see cref="CliCollection"/>.
/// </summary>
public static class CliHarness
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(TestDatabase database, string environmentName, params string[] args)
    {
        using var _ = new EnvironmentVariables(
            ("ConnectionStrings__Learning", database.ConnectionString),
            ("Content__Path", RepositoryPaths.Content),
            ("ASPNETCORE_ENVIRONMENT", environmentName),
            ("DOTNET_ENVIRONMENT", null));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Sets environment variables for the lifetime of the scope, then puts back what was there.</summary>
public sealed class EnvironmentVariables : IDisposable
{
    private readonly Dictionary<string, string?> previous = [];

    public EnvironmentVariables(params (string Name, string? Value)[] variables)
    {
        foreach (var (name, value) in variables)
        {
            previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in previous) Environment.SetEnvironmentVariable(name, value);
    }
}
