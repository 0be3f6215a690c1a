using SmartVillage.Learning;
using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Infrastructure.Security;

if (CommandLine.NamesVerb(args))
    return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

try
{
    builder.Services.AddLearningCore(builder.Configuration, builder.Environment);
    builder.Services.AddLearningWeb(builder.Configuration, builder.Environment);
}
catch (StartupConfigurationException e)
{
    await Console.Error.WriteLineAsync($"SmartVillage Learning cannot start: {e.Message}");
    return 1;
}

var app = builder.Build();

app.UseLearningPipeline();
app.MapLearningEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to the end-to-end and integration tests.</summary>
public partial class Program;
