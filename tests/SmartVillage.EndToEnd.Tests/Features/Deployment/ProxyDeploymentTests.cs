using System.Net;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Deployment;

/// <summary>
/// The app behind nginx (issue 15's deployment): the client's address and scheme come from X-Forwarded-For/-Proto sent by
/// a known proxy (loopback here, as the framework's default), Production sends HSTS and Secure cookies, and Production
/// refuses to start without its key-ring certificate or its public address. HTTP requests, as a proxy sends them.
/// </summary>
public sealed class ProxyDeploymentTests(AppFixture app) : BrowserTest(app)
{
    private const string PublicAddress = "https://belajar.lampung.example";

    [Fact]
    public async Task SignInLimit_BehindProxy_CountsEachClientApart()
    {
        await using var instance = await App.StartSecondInstanceAsync(new Dictionary<string, string?> { ["RateLimits__SignInPerMinute"] = "3" });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(instance.BaseUrl) };

        for (var i = 0; i < 3; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostSignInAsync(http, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostSignInAsync(http, "203.0.113.10"));

        // Another village office behind the same proxy still signs in.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostSignInAsync(http, "203.0.113.11"));
    }

    [Fact]
    public async Task Production_BehindTlsProxy_SendsHstsAndSecureCookies()
    {
        var certificate = TestCertificate.WritePfx(Path.GetTempPath());
        try
        {
            await using var instance = await App.StartSecondInstanceAsync(Production(certificate, PublicAddress));
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(instance.BaseUrl) };

            using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
            request.Headers.Host = "belajar.lampung.example";
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.20");
            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "No HSTS header under TLS termination.");
            Assert.Contains("max-age=", hsts!.Single());
            var cookies = response.Headers.GetValues("Set-Cookie").ToList();
            Assert.NotEmpty(cookies);
            Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    [Fact]
    public async Task Production_WithoutKeyRingCertificate_RefusesToStartAndSaysWhatToSet()
    {
        var (exit, output) = await App.StartExpectingRefusalAsync(Production(certificate: null, PublicAddress));

        Assert.True(exit == 1, $"exit {exit}: {output}");
        Assert.Contains("DataProtection:Certificate:Path", output);
        Assert.DoesNotContain("   at ", output); // a sentence for the operator, not a stack trace
    }

    [Fact]
    public async Task Production_WithoutPublicBaseUrl_RefusesToStartAndSaysWhatToSet()
    {
        var certificate = TestCertificate.WritePfx(Path.GetTempPath());
        try
        {
            var (exit, output) = await App.StartExpectingRefusalAsync(Production(certificate, publicBaseUrl: null));

            Assert.True(exit == 1, $"exit {exit}: {output}");
            Assert.Contains("Certificates:PublicBaseUrl", output);
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    private static Dictionary<string, string?> Production(string? certificate, string? publicBaseUrl) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Testing__AdjustableClock"] = null, // test-only, refused in Production
        ["DataProtection__Certificate__Path"] = certificate,
        ["DataProtection__Certificate__Password"] = certificate is null ? null : TestCertificate.Password,
        ["Certificates__PublicBaseUrl"] = publicBaseUrl,
    };

    private static async Task<HttpStatusCode> PostSignInAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Login"] = "siapa@contoh.test", ["Input.Password"] = "Salah#2026" }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
