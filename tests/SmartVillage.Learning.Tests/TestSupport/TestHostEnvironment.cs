using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace SmartVillage.Learning.Tests.TestSupport;

public sealed class TestHostEnvironment(string contentRoot, string environmentName = "Development") : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;
    public string ApplicationName { get; set; } = "SmartVillage.Learning";
    public string ContentRootPath { get; set; } = contentRoot;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
