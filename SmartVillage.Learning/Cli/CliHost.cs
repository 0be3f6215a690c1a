namespace SmartVillage.Learning.Cli;

/// <summary>A host with the same configuration and services as the web app, without the web.</summary>
internal static class CliHost
{
    public static IHost Build(string[] args)
    {
        // dotnet run and deployments set ASPNETCORE_ENVIRONMENT; a verb must see the same environment as the app.
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                          ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                          ?? Environments.Production;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
        builder.Services.AddLearningCore(builder.Configuration, builder.Environment);
        return builder.Build();
    }
}
