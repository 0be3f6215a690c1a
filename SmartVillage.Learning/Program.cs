using SmartVillage.Learning;
using SmartVillage.Learning.Cli;

if (CommandLine.NamesVerb(args))
    return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLearningCore(builder.Configuration, builder.Environment);
builder.Services.AddLearningWeb(builder.Configuration);

var app = builder.Build();

app.UseLearningPipeline();
app.MapLearningEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to the end-to-end and integration tests.</summary>
public partial class Program;
