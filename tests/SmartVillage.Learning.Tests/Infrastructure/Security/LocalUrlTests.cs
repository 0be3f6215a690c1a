using SmartVillage.Learning.Infrastructure.Security;

namespace SmartVillage.Learning.Tests.Infrastructure.Security;

public class LocalUrlTests
{
    private const string Site = "http://127.0.0.1:5010/";

    [Theory]
    [InlineData("https:evil.example")]
    [InlineData("///evil.example")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://127.0.0.1:5011/regions")]
    [InlineData("")]
    [InlineData(null)]
    public void PathOrHome_AnythingButThisSite_IsHome(string? url) => Assert.Equal("/", LocalUrl.PathOrHome(url, Site));

    [Theory]
    [InlineData("/regions", "/regions")]
    [InlineData("regions?x=1", "/regions?x=1")]
    [InlineData("http://127.0.0.1:5010/reports/18.06?period=2026", "/reports/18.06?period=2026")]
    public void PathOrHome_ThisSite_KeepsThePath(string url, string path) => Assert.Equal(path, LocalUrl.PathOrHome(url, Site));
}
