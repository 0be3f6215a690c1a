using System.Globalization;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Seeding.Synthetic;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class SeedSyntheticVerb : ICliVerb
{
    public string Name => "seed synthetic";
    public string Usage => "seed synthetic --villages N --officials-per-village M --seed S";
    public string Summary => "Deterministic province-scale test data over the real villages (SQLite; refused in Production).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await stderr.WriteLineAsync("seed synthetic is refused in Production: it writes thousands of made-up officials. Set ASPNETCORE_ENVIRONMENT=Development.");
            return 1;
        }
        var villages = Number(options, "--villages");
        var perVillage = Number(options, "--officials-per-village");
        var seed = Number(options, "--seed");
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();
        using var scope = services.CreateScope();
        var summary = await scope.ServiceProvider.GetRequiredService<SyntheticDataSeeder>().SeedAsync(villages, perVillage, seed);
        await stdout.WriteLineAsync($"Synthetic data: {summary}");
        return 0;
    }

    private int Number(string[] options, string name) =>
        int.TryParse(CliOptions.Value(options, name), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CliUsageException($"{name} needs a whole number. Usage: {Usage}");
}
