using System.Diagnostics;
using System.Text;

namespace SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;

/// <summary>
/// The app as an operator installs it (docs/deployment.md, steps 2–6): `dotnet publish` once into a folder of its own,
/// deploy/appsettings.Production.json beside it, secrets in an environment file, command-line verbs and instances run
/// with the systemd unit's command line and environment.
/// </summary>
public sealed class PublishedApp
{
    private static readonly TimeSpan VerbTimeout = TimeSpan.FromSeconds(90);

    private PublishedApp(string folder, SystemdUnit unit)
    {
        Folder = folder;
        Unit = unit;
    }

    public string Folder { get; }
    public SystemdUnit Unit { get; }

    public static async Task<PublishedApp> PublishAsync(string folder)
    {
        var project = Path.Combine(TestMachine.RepositoryRoot, "SmartVillage.Learning", "SmartVillage.Learning.csproj");
        // The build the test run already made, published as a release is: static assets compressed, content/ beside it.
        var (exit, output) = await RunAsync("dotnet", ["publish", project, "-c", TestMachine.BuildConfiguration, "--no-build", "--nologo", "-o", folder],
            TestMachine.RepositoryRoot, null, null, TimeSpan.FromMinutes(4));
        if (exit != 0) throw new InvalidOperationException($"dotnet publish failed ({exit}):\n{output}");
        File.Copy(Path.Combine(TestMachine.RepositoryRoot, "deploy", "appsettings.Production.json"), Path.Combine(folder, "appsettings.Production.json"));
        return new PublishedApp(folder, SystemdUnit.Read(Path.Combine(TestMachine.RepositoryRoot, "deploy", "systemd", "smartvillage@.service")));
    }

    /// <summary>A verb as the guide's `sv` helper runs it: the unit's environment, in the app's folder.</summary>
    public async Task<(int ExitCode, string Output)> RunVerbAsync(string secretsFile, string? stdin, params string[] args)
    {
        var command = Unit.Command("cli", Folder);
        var dll = command.Single(a => a.EndsWith(".dll", StringComparison.Ordinal));
        return await RunAsync(command[0], [dll, .. args], Unit.WorkingDirectory(Folder), Unit.Environment(secretsFile), stdin, VerbTimeout);
    }

    /// <summary>Starts instance <paramref name="port"/> as `systemctl start smartvillage@PORT` would, without waiting for it.</summary>
    public AppInstance Start(int port, string secretsFile, string home, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var command = Unit.Command(port.ToString(), Folder);
        var environment = new Dictionary<string, string>(Unit.Environment(secretsFile));
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) environment[key] = value;
        return AppInstance.Start(port, StartInfo(command[0], command.Skip(1), Unit.WorkingDirectory(Folder), environment, home));
    }

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, string folder, IReadOnlyDictionary<string, string>? environment, string? home)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (environment is not null)
        {
            // systemd starts a service with a clean environment: nothing of the test's own leaks in.
            var path = start.Environment["PATH"];
            start.Environment.Clear();
            start.Environment["PATH"] = path;
            start.Environment["HOME"] = home ?? Path.Combine(folder, "..", "home");
            foreach (var (key, value) in environment) start.Environment[key] = value;
        }
        return start;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> args, string folder,
        IReadOnlyDictionary<string, string>? environment, string? stdin, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(file, args, folder, environment, null))!;
        var output = new StringBuilder();
        var reading = Task.WhenAll(
            process.StandardOutput.ReadToEndAsync().ContinueWith(t => { lock (output) output.Append(t.Result); }),
            process.StandardError.ReadToEndAsync().ContinueWith(t => { lock (output) output.Append(t.Result); }));
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeout.TotalSeconds:0} s:\n{output}");
        }
        await reading;
        return (process.ExitCode, output.ToString());
    }
}
