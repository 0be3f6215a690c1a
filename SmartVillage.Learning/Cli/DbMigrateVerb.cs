using SmartVillage.Learning.Data;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class DbMigrateVerb : ICliVerb
{
    public string Name => "db migrate";
    public string Usage => "db migrate";
    public string Summary => "Apply pending migrations, roles and regions (no demo data).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var migration = await initializer.MigrateAsync();
        var regions = await initializer.EnsureRolesAndRegionsAsync();
        await stdout.WriteLineAsync($"Database is up to date at migration {migration} ({services.GetRequiredService<DatabaseSettings>().Provider}); {regions}.");
        return 0;
    }
}
