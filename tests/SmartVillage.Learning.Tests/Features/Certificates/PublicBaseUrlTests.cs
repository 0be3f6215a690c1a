using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Infrastructure.Security;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Certificates;

/// <summary>The address in a certificate's QR code: the configured one, never the Host header of whoever asked.</summary>
public class PublicBaseUrlTests
{
    private static PublicBaseUrl Resolve(string environmentName, string? publicBaseUrl, string? requestHost = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Certificates:PublicBaseUrl"] = publicBaseUrl,
            ["urls"] = "http://127.0.0.1:5010",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(Path.GetTempPath(), environmentName));
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.Section));
        // A request in flight whose Host header an attacker chose.
        var request = new DefaultHttpContext();
        if (requestHost is not null) request.Request.Host = new HostString(requestHost);
        services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = request });
        services.AddSingleton<PublicBaseUrl>();
        return services.BuildServiceProvider().GetRequiredService<PublicBaseUrl>();
    }

    [Fact]
    public void Development_NoSetting_UsesTheListeningAddressNotTheRequestHost()
    {
        var url = Resolve("Development", publicBaseUrl: null, requestHost: "evil.example");

        Assert.Equal("http://127.0.0.1:5010/verify/ABCD", url.VerifyUrl("ABCD"));
    }

    [Fact]
    public void Configured_IsUsedWhateverTheRequestSays()
    {
        var url = Resolve("Production", "https://belajar.lampungprov.go.id/", requestHost: "evil.example");

        Assert.Equal("https://belajar.lampungprov.go.id/verify/ABCD", url.VerifyUrl("ABCD"));
    }

    [Fact]
    public void Production_NoSetting_RefusesNamingTheSetting()
    {
        var url = Resolve("Production", publicBaseUrl: null, requestHost: "evil.example");

        var refused = Assert.Throws<StartupConfigurationException>(() => url.Value);
        Assert.Contains("Certificates:PublicBaseUrl", refused.Message);
    }
}
