namespace SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;

/// <summary>
/// The [Service] section of deploy/systemd/smartvillage@.service as systemd reads it: the command line, the folder and
/// the environment of one instance, so the test starts instances the way the unit does. Not systemd itself: its
/// sandboxing options (ProtectSystem, …) are not applied here.
/// </summary>
public sealed class SystemdUnit
{
    public const string InstalledAppFolder = "/opt/smartvillage/current";
    public const string InstalledSecretsFile = "/etc/smartvillage/smartvillage.env";

    private readonly List<(string Key, string Value)> _settings;

    private SystemdUnit(List<(string Key, string Value)> settings) => _settings = settings;

    public static SystemdUnit Read(string path)
    {
        var settings = new List<(string, string)>();
        var section = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';')) continue;
            if (line.StartsWith('[')) { section = line; continue; }
            if (section != "[Service]") continue;
            var equals = line.IndexOf('=');
            settings.Add((line[..equals], line[(equals + 1)..]));
        }
        return new SystemdUnit(settings);
    }

    private string Single(string key) => _settings.Single(s => s.Key == key).Value;

    /// <summary>The ExecStart command of instance <paramref name="instance"/> (%i), with the app installed in <paramref name="appFolder"/>.</summary>
    public IReadOnlyList<string> Command(string instance, string appFolder) =>
        Single("ExecStart").Replace(InstalledAppFolder, appFolder).Replace("%i", instance).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string WorkingDirectory(string appFolder) => Single("WorkingDirectory").Replace(InstalledAppFolder, appFolder);

    /// <summary>The unit's Environment= lines, then the file its EnvironmentFile= names (here <paramref name="secretsFile"/>).</summary>
    public IReadOnlyDictionary<string, string> Environment(string secretsFile)
    {
        if (Single("EnvironmentFile") != InstalledSecretsFile)
            throw new InvalidOperationException($"The unit reads its secrets from {Single("EnvironmentFile")}, not {InstalledSecretsFile} as docs/deployment.md says.");
        var environment = new Dictionary<string, string>();
        foreach (var (_, value) in _settings.Where(s => s.Key == "Environment"))
        {
            var equals = value.IndexOf('=');
            environment[value[..equals]] = value[(equals + 1)..];
        }
        foreach (var (key, value) in ReadEnvironmentFile(secretsFile)) environment[key] = value;
        return environment;
    }

    /// <summary>KEY="value" lines as systemd's EnvironmentFile= (and a shell's `set -a; .`) read them; # starts a comment.</summary>
    public static IEnumerable<(string Key, string Value)> ReadEnvironmentFile(string path)
    {
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var equals = line.IndexOf('=');
            var value = line[(equals + 1)..];
            yield return (line[..equals], value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value);
        }
    }
}
