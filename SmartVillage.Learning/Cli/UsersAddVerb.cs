using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

/// <summary>
/// Creates a staff account from the command line, in any environment: the only way to the first Admin of a new
/// production database (demo data is never seeded there). The password is read from standard input, never from the
/// arguments, which other users of the machine can see in the process list.
/// </summary>
internal sealed class UsersAddVerb : ICliVerb
{
    private static readonly string[] StaffRoles = [Roles.Admin, Roles.Trainer, Roles.Mentor, Roles.Reviewer];

    public string Name => "users add";
    public string Usage => "users add --email E | --phone P --name \"N\" --role Admin|Trainer|Mentor|Reviewer [--regency CODE]";
    public string Summary => "Create a staff account (e.g. the first Admin); password from stdin.";

    public Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr) =>
        RunAsync(services, options, TextReader.Null, stdout, stderr);

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var role = StaffRoles.FirstOrDefault(r => string.Equals(r, Option(options, "--role"), StringComparison.OrdinalIgnoreCase))
                   ?? throw new CliUsageException($"--role must be one of {string.Join(", ", StaffRoles)} (officials come from `officials import`).\nUsage: {Usage}");
        var form = new NewUserForm
        {
            FullName = Option(options, "--name") ?? throw new CliUsageException($"--name is required.\nUsage: {Usage}"),
            Email = Option(options, "--email"),
            Phone = Option(options, "--phone"),
            Role = role,
            ReviewerRegencyCode = role == Roles.Reviewer ? Option(options, "--regency") : null,
            Password = await ReadPasswordAsync(stdin, stdout),
        };

        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();
        using var scope = services.CreateScope();
        var validation = await scope.ServiceProvider.GetRequiredService<FluentValidation.IValidator<NewUserForm>>().ValidateAsync(form);
        if (!validation.IsValid)
        {
            foreach (var error in validation.Errors) await stderr.WriteLineAsync(error.ErrorMessage);
            await stderr.WriteLineAsync("No account created.");
            return 1;
        }
        await scope.ServiceProvider.GetRequiredService<UserDirectory>().CreateAsync(form);
        await stdout.WriteLineAsync($"Created {role} account {form.Email ?? form.Phone} ({form.FullName}); sign in with that and the password given.");
        return 0;
    }

    private static async Task<string> ReadPasswordAsync(TextReader stdin, TextWriter stdout)
    {
        if (ReferenceEquals(stdin, Console.In) && !Console.IsInputRedirected)
        {
            // At a terminal: ask without echoing the password.
            await stdout.WriteAsync("Password: ");
            var typed = new System.Text.StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
                else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
            }
            await stdout.WriteLineAsync();
            return typed.ToString();
        }
        return (await stdin.ReadLineAsync())?.TrimEnd('\r', '\n')
               ?? throw new CliUsageException("Give the password on standard input, e.g. `read -s PW; echo \"$PW\" | … users add …`.");
    }

    private static string? Option(string[] options, string name)
    {
        var i = Array.FindIndex(options, o => string.Equals(o, name, StringComparison.OrdinalIgnoreCase));
        if (i < 0) return null;
        return i + 1 < options.Length && !options[i + 1].StartsWith("--", StringComparison.Ordinal)
            ? options[i + 1]
            : throw new CliUsageException($"{name} needs a value.");
    }
}
