using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning.Cli;

internal sealed class SeedDemoVerb : ICliVerb
{
    public string Name => "seed demo";
    public string Usage => "seed demo";
    public string Summary => "Create the demo accounts (refused in Production).";

    public async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await stderr.WriteLineAsync("seed demo is refused in Production: demo accounts share a published password. Set ASPNETCORE_ENVIRONMENT=Development for a demo.");
            return 1;
        }
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureReferenceDataAsync();
        using var scope = services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        await stdout.WriteLineAsync($"Demo data: {created} account(s) created; password for all: {DemoAccounts.Password}");
        return 0;
    }
}
