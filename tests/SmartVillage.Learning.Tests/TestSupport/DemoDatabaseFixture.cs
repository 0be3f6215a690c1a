using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>Seeded once per class; tests that lock an account use a person no other test reads.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public int Created { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Created = await Database.InScopeAsync<DemoSeeder, int>(s => s.SeedAsync());
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
