using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using SmartVillage.EndToEnd.Tests.Infrastructure.Deployment;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.Deployment;

/// <summary>
/// Issue 15: the province's deployment on real parts, set up as docs/deployment.md says (<see cref="ProductionSite"/>):
/// the published app, two instances in Production on one database, Debian's nginx ending TLS in front, Chromium; an
/// upgrade to a new release and a restore of a backup done as the guide says, while a browser uses the site.
/// </summary>
[Collection(ProductionCollection.Name)]
public sealed class ProductionDeploymentTests(ProductionSite site, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Course = "/courses/pengelolaan-apbdes-siskeudes";
    private const string TooManySignIns = "Terlalu banyak percobaan masuk";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var timing in site.Timings) output.WriteLine(timing);
        return Task.CompletedTask;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static ILocator Question(IPage page, int number) => page.Locator($"[data-testid=attempt-question][data-number='{number}']");

    private static async Task PickAsync(IPage page, int number, string option)
    {
        await Question(page, number).GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(Question(page, number).GetByTestId("saved")).ToBeVisibleAsync();
    }

    [LinuxFact]
    public async Task Official_ThroughNginx_ReadsAndAnswersOverTheWebSocket_AndCarriesOnThroughAnUpgrade()
    {
        try
        {
            await using var context = await site.NewContextAsync();
            var page = await context.NewPageAsync();

            // A new production database holds no demo account.
            await AppFixture.SubmitSignInAsync(page, "admin@smartvillage.test", "Lampung#2026");
            await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();

            // The official from the imported roster signs in with her first password, through nginx, over TLS.
            await AppFixture.SubmitSignInAsync(page, ProductionSite.OfficialPhone, site.OfficialPassword);
            await Expect(page.GetByTestId("welcome")).ToContainTextAsync("Sari Produksi");
            var home = await page.GotoAsync("/");
            Assert.NotNull(await home!.HeaderValueAsync("strict-transport-security"));
            // Compressed by the app (Brotli, decision 0023); nginx passes an encoded response on as it is.
            Assert.Equal("br", await home.HeaderValueAsync("content-encoding"));
            var cookies = await context.CookiesAsync();
            var signIn = cookies.Single(c => c.Name == ".AspNetCore.Identity.Application");
            Assert.True(signIn.Secure && signIn.HttpOnly, "The sign-in cookie must be Secure and HttpOnly.");
            Assert.All(cookies, c => Assert.True(c.Secure, $"Cookie {c.Name} is not Secure."));
            Assert.Contains(cookies, c => c.Name == "sv_node");

            // A lesson, read and marked done (a reading page: the button is a form post, decision 0023).
            await page.GotoAsync(Course);
            await page.GetByTestId("enroll").ClickAsync();
            await page.GetByTestId("start-learning").ClickAsync();
            await Expect(page.GetByTestId("lesson-position")).ToContainTextAsync("Materi 1 dari 5");
            await Expect(page.GetByTestId("lesson-body").Locator("h2").First).ToBeVisibleAsync();
            await page.GetByTestId("mark-complete").ClickAsync();
            await Expect(page.GetByTestId("mark-complete")).ToHaveTextAsync("Selesai");

            // The pre-test: two answers, each saved the moment it is given.
            await page.GotoAsync(Course);
            await page.Locator("[data-testid=quiz-card][data-purpose=PreTest]").GetByTestId("quiz-start").ClickAsync();
            // A timed, single-attempt pre-test asks before it starts the clock.
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mulai sekarang" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
            var attemptUrl = page.Url;
            await Expect(page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
            await PickAsync(page, 1, "Pendapatan, belanja, dan pembiayaan");
            await PickAsync(page, 3, "Pendapatan transfer");
            await Expect(page.GetByTestId("attempt-bar")).ToContainTextAsync("2 dari 16 dijawab");

            // An upgrade while she works (docs/deployment.md, "Upgrade"): a backup, the new release beside the running one, and
            // its `db migrate` while both instances serve. (Both releases are this build, so no migration is pending here;
            // UpgradeTests in SmartVillage.Learning.Tests applies a next release's migration under the same conditions.)
            Assert.Contains("Backup written to", await site.VerbAsync(null, "db", "backup", "--out", Path.Combine(site.Folder, "backup", "before-upgrade.db")));
            var next = await site.PublishReleaseAsync("2026.12.2");
            Assert.Contains("Database is up to date at migration", await site.ReleaseVerbAsync(next, null, "db", "migrate"));
            Assert.All(site.Instances, i => Assert.False(i.HasExited, $"Instance {i.Port} stopped during db migrate."));
            site.SwitchTo(next);

            // Her instance restarts first: the page loses its circuit, reloads itself through nginx onto the other instance,
            // and she is still signed in with both answers there.
            // The circuit's instance: the one that answered its negotiation (the WebSocket is logged only once it closes).
            var first = site.Nginx.InstanceOfLast("/_blazor/negotiate");
            await SwitchInstanceAsync(page, () => site.InstanceOn(first).StopAsync());
            Assert.Equal(attemptUrl, page.Url);
            var second = site.Nginx.InstanceOfLast("/attempts/");
            Assert.NotEqual(first, second);
            await Expect(page.GetByTestId("attempt-bar")).ToContainTextAsync("2 dari 16 dijawab");
            await Expect(Question(page, 1).Locator("input[type=radio]").Nth(0)).ToBeCheckedAsync();
            await Expect(Question(page, 3).GetByTestId("saved")).ToBeVisibleAsync();
            await site.StartInstanceAsync(first);
            await PickAsync(page, 6, "Salah");
            await Expect(page.GetByTestId("attempt-bar")).ToContainTextAsync("3 dari 16 dijawab");

            // Then the other: she comes back to the first, now on the new release, with all three answers.
            await SwitchInstanceAsync(page, () => site.InstanceOn(second).StopAsync());
            Assert.Equal(attemptUrl, page.Url);
            Assert.Equal(first, site.Nginx.InstanceOfLast("/attempts/"));
            await Expect(page.GetByTestId("attempt-bar")).ToContainTextAsync("3 dari 16 dijawab");
            await Expect(Question(page, 6).GetByTestId("saved")).ToBeVisibleAsync();
            await site.StartInstanceAsync(second);
            await PickAsync(page, 7, "Akhir September");
            await Expect(page.GetByTestId("attempt-bar")).ToContainTextAsync("4 dari 16 dijawab");

            // Sign-in attempts are limited per client address: this browser, as nginx reports it, is stopped…
            await using var flood = await site.NewContextAsync();
            var attacker = await flood.NewPageAsync();
            var limited = false;
            for (var attempt = 0; attempt <= ProductionSite.SignInsPerMinute && !limited; attempt++)
            {
                await AppFixture.SubmitSignInAsync(attacker, ProductionSite.AdminEmail, "Tebak#" + attempt);
                limited = await attacker.GetByText(TooManySignIns).CountAsync() > 0;
            }
            Assert.True(limited, $"No 429 after {ProductionSite.SignInsPerMinute + 1} wrong sign-ins through nginx.");

            // …while another client behind the same trusted proxy is not; the same address again is.
            var serving = site.Nginx.InstanceOfLast("/Account/Login");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostSignInAsync(serving, IPAddress.Loopback, "203.0.113.9"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await PostSignInAsync(serving, IPAddress.Loopback, "127.0.0.1"));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Exception($"{e.Message}\n{site.Logs}", e);
        }
    }

    /// <summary>Runs <paramref name="stop"/> (the page's instance going away) and waits until the page has reloaded itself elsewhere.</summary>
    private static async Task SwitchInstanceAsync(IPage page, Func<Task> stop)
    {
        await page.EvaluateAsync("window.__beforeTheSwitch = true");
        await stop();
        await page.WaitForFunctionAsync("() => window.__beforeTheSwitch === undefined", null, new() { Timeout = 45_000 });
        await Expect(page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
    }

    [LinuxFact]
    public async Task InstanceReachedDirectly_FromAnUntrustedAddress_ForgedForwardedHeadersAreNotBelieved()
    {
        var instance = site.Instances.First(i => !i.HasExited);
        var untrusted = IPAddress.Parse("127.0.0.2"); // this machine too, but not nginx's address (ForwardedHeaders:KnownProxies)

        // Each request claims another client; from an untrusted address they all count as that address.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ProductionSite.SignInsPerMinute; i++) statuses.Add(await PostSignInAsync(instance.Port, untrusted, $"198.51.100.{i + 1}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // The same claims from the trusted proxy are believed: each client has its own limit.
        for (var i = 0; i <= ProductionSite.SignInsPerMinute; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostSignInAsync(instance.Port, IPAddress.Loopback, $"192.0.2.{i + 1}"));

        // A forged "https" is not believed either: no HSTS over what is really plain HTTP.
        using (var forged = await GetSignInPageAsync(instance.Port, untrusted, proto: "https"))
            Assert.False(forged.Headers.Contains("Strict-Transport-Security"), "HSTS sent on a forged X-Forwarded-Proto.");
        using (var trusted = await GetSignInPageAsync(instance.Port, IPAddress.Loopback, proto: "https"))
            Assert.True(trusted.Headers.Contains("Strict-Transport-Security"), "No HSTS behind the trusted proxy's https.");
    }

    [LinuxFact]
    public async Task Production_RefusesToStartWithoutItsKeyCertificateOrPublicAddress_AndRefusesDemoData()
    {
        foreach (var (setting, key) in new[] { ("DataProtection__Certificate__Path", "DataProtection:Certificate:Path"), ("Certificates__PublicBaseUrl", "Certificates:PublicBaseUrl") })
        {
            await using var refused = site.Current.Start(TestMachine.FreePort(), site.SecretsFile, Path.Combine(site.Folder, "home"), new Dictionary<string, string> { [setting] = "" });
            var exit = await refused.WaitForExitAsync();
            Assert.True(exit == 1, $"Without {key}: exit {exit}.\n{refused.Log}");
            Assert.Contains(key, refused.Log);
            Assert.DoesNotContain("   at ", refused.Log); // one sentence for the operator, not a stack trace
        }

        var (seedExit, seedOutput) = await site.Current.RunVerbAsync(site.SecretsFile, null, "seed", "demo");
        Assert.True(seedExit == 1, seedOutput);
        Assert.Contains("refused in Production", seedOutput);
    }

    [LinuxFact]
    public async Task Restore_IsRefusedWhileTheInstancesServe_ThenPutsTheSiteBackAsTheBackupWas()
    {
        try
        {
            // A backup while the instances serve, then an admin added after it.
            var backup = Path.Combine(site.Folder, "backup", $"learning-{Guid.NewGuid():N}.db");
            Assert.Contains("Backup written to", await site.VerbAsync(null, "db", "backup", "--out", backup));
            const string lateAdmin = "terlambat@lampungprov.go.id";
            await site.VerbAsync(ProductionSite.AdminPassword + "\n", "users", "add", "--email", lateAdmin, "--name", "Admin Sesudah Cadangan", "--role", "Admin");

            var (refusedExit, refusedOutput) = await site.Current.RunVerbAsync(site.SecretsFile, null, "db", "restore", backup);
            Assert.True(refusedExit == 1, refusedOutput);
            Assert.Contains("The app is running", refusedOutput);
            Assert.All(site.Instances, i => Assert.False(i.HasExited));

            // `systemctl stop 'smartvillage@*'`, the restore, and the instances started again.
            var ports = site.Instances.Select(i => i.Port).ToList();
            foreach (var port in ports) await site.InstanceOn(port).StopAsync();
            Assert.Contains("Restored", await site.VerbAsync(null, "db", "restore", backup));
            await Task.WhenAll(ports.Select(site.StartInstanceAsync));

            // Through nginx: the admin added after the backup is gone; the official from before it signs in.
            // (Not the first admin: the sign-in flood of another test may have locked that account for 15 minutes.)
            await using var context = await site.NewContextAsync();
            var page = await context.NewPageAsync();
            await AppFixture.SubmitSignInAsync(page, lateAdmin, ProductionSite.AdminPassword);
            await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
            await AppFixture.SubmitSignInAsync(page, ProductionSite.OfficialPhone, site.OfficialPassword);
            await Expect(page.GetByTestId("welcome")).ToContainTextAsync("Sari Produksi");
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Exception($"{e.Message}\n{site.Logs}", e);
        }
    }

    private static HttpClient ClientFrom(IPAddress local, int port) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

    private static async Task<HttpStatusCode> PostSignInAsync(int port, IPAddress from, string forwardedFor)
    {
        using var http = ClientFrom(from, port);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Login"] = "siapa@contoh.test", ["Input.Password"] = "Salah#2026" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> GetSignInPageAsync(int port, IPAddress from, string proto)
    {
        using var http = ClientFrom(from, port);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        // The site's name: HSTS is never sent for localhost names.
        request.Headers.Host = ProductionSite.Host;
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-For", "203.0.113.30");
        return await http.SendAsync(request);
    }
}
