using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>The CLI reads its database and environment from environment variables, which are process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "Command line (process environment)";
}

/// <summary>
/// Runs a verb as <c>dotnet run -- VERB</c> would, against a test database: the provider, the connection string, the content folder
/// and the environment go in as environment variables (as an operator sets them), stdout and stderr come back as text.
/// Test classes using it join <see cref="CliCollection"/>.
/// </summary>
public static class CliHarness
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(TestDatabase database, string environmentName, params string[] args) =>
        RunAsync(DatabaseProvider.Sqlite, database.ConnectionString, environmentName, args);

    /// <summary>The same against any database: a file the test has not made yet (a restore's target), or SQL Server's settings.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(DatabaseProvider provider, string connectionString, string environmentName, params string[] args)
    {
        using var _ = new EnvironmentVariables(
            ("Database__Provider", provider.ToString()),
            ("ConnectionStrings__Learning", connectionString),
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
