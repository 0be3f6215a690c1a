namespace SmartVillage.Learning.Startup;

/// <summary>Runs the initializer before the web host accepts requests.</summary>
internal sealed class DatabaseInitializerHostedService(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
