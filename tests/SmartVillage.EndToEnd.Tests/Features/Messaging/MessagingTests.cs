using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SmartVillage.EndToEnd.Tests.Features.Messaging;

/// <summary>Messages by WhatsApp, through the pages people use, at 360 px, against the in-process Cloud API stub.</summary>
public sealed class MessagingTests(AppFixture app) : BrowserTest(app)
{
    private const string WorkshopTitle = "Bimtek Perencanaan Pembangunan Pekon — Kotabumi";
    private const string HerPhone = DemoAccounts.MessagedOfficialPhone;
    private const string BrokenPhone = DemoAccounts.UnreachableOfficialPhone;

    [Fact]
    public async Task AnOfficialRegistersForABimtek_AndTheCloudApiReceivesHerConfirmation()
    {
        await AppFixture.SignInAsync(Page, HerPhone);
        await RegisterAsync(Page);

        var request = await WhatsAppRequestAsync("+6281270000129", "sv_kursi_bimtek");
        Assert.Equal("sv_kursi_bimtek", request["template"]!["name"]!.GetValue<string>());
        var parameters = request["template"]!["components"]![0]!["parameters"]!.AsArray().Select(p => p!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(WorkshopTitle, parameters[1]);
        Assert.EndsWith("/my/workshops", parameters[^1]);
        // And the bell has it too.
        await Page.GotoAsync("/notifications");
        await Expect(Page.GetByText($"pendaftaran Anda di bimtek {WorkshopTitle} diterima")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheAdmin_SeesTheDeadLetterOfABrokenNumber_WithTheReason_AndResendsItOnceItWorks()
    {
        var refusal = Guid.NewGuid();
        App.WhatsApp.Given(Request.Create().WithPath(AppFixture.WhatsAppMessagesPath).UsingPost().WithBody(new WildcardMatcher("*\"to\":\"+6281270000130\"*")))
            .WithGuid(refusal).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("{\"error\":{\"message\":\"(#131026) Message undeliverable\",\"type\":\"OAuthException\",\"code\":131026}}"));
        await AppFixture.SignInAsync(Page, BrokenPhone);
        await RegisterAsync(Page);
        await WhatsAppRequestAsync("+6281270000130", "sv_kursi_bimtek");   // tried once, refused for good

        var admin = await Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await admin.NewPageAsync();
        await AppFixture.SignInAsync(page, DemoAccounts.Admin);
        await page.GotoAsync("/admin/messages");
        await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();
        // Her confirmation; the day-before reminder of the same bimtek may be dead beside it, refused the same way.
        var dead = page.GetByTestId("dead-letter").Filter(new LocatorFilterOptions { HasText = "+6281270000130" })
            .Filter(new LocatorFilterOptions { HasText = "Kursi bimtek diterima" });
        for (var tries = 0; tries < 20 && await dead.CountAsync() == 0; tries++)
        {
            // The dispatcher runs every second; "Muat ulang" is what an admin presses to see the latest.
            await page.GetByTestId("refresh-dead").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }
        await Expect(dead).ToHaveCountAsync(1);
        await Expect(dead.GetByTestId("dead-reason")).ToContainTextAsync("WhatsApp 400: (#131026) Message undeliverable");

        // She installs WhatsApp on that number: the API accepts it now; the admin sends it again from the page.
        App.WhatsApp.DeleteMapping(refusal);
        var before = Requests("+6281270000130", "sv_kursi_bimtek").Count;
        await dead.GetByTestId("resend").ClickAsync();
        await Expect(page.GetByText("Pesan masuk antrean lagi")).ToBeVisibleAsync();
        await Expect(dead).ToHaveCountAsync(0);
        await WhatsAppRequestAsync("+6281270000130", "sv_kursi_bimtek", after: before);
        await admin.CloseAsync();
    }

    [Fact]
    public async Task AnOfficial_StopsWhatsAppFromHerSettings_AndItStaysStoppedAfterAReload()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.WhatsAppStoppingOfficialPhone);
        await Page.GotoAsync("/my/messages");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var seat = Page.GetByTestId("kind-choice").Filter(new LocatorFilterOptions { HasText = "Kursi bimtek diterima" });
        await Expect(seat.GetByRole(AriaRole.Switch, new() { Name = "WhatsApp" })).ToBeCheckedAsync();

        await Page.GetByTestId("stop-whatsapp").ClickAsync();
        await Expect(Page.GetByTestId("whatsapp-stopped")).ToBeVisibleAsync();
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Expect(Page.GetByTestId("whatsapp-stopped")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Switch, new() { Name = "WhatsApp" })).ToHaveCountAsync(0);

        await Page.GetByTestId("resume-whatsapp").ClickAsync();
        await Expect(Page.GetByTestId("stop-whatsapp")).ToBeVisibleAsync();
    }

    private static async Task RegisterAsync(IPage page)
    {
        await page.GotoAsync("/my/workshops");   // a page with no circuit: "Daftar" is a form that works once it shows
        var card = page.GetByTestId("open-workshop").Filter(new LocatorFilterOptions { HasText = WorkshopTitle });
        await card.GetByTestId("register-workshop").ClickAsync();
        await Assertions.Expect(page.GetByTestId("my-workshop").Filter(new LocatorFilterOptions { HasText = WorkshopTitle })).ToBeVisibleAsync();
    }

    private List<ILogEntry> Requests(string to, string template) =>
        App.WhatsApp.LogEntries.Where(e => e.RequestMessage.Path == AppFixture.WhatsAppMessagesPath && e.RequestMessage.Body!.Contains($"\"to\":\"{to}\"")
                                           && e.RequestMessage.Body.Contains($"\"name\":\"{template}\"")).ToList();

    /// <summary>The Cloud API stub's copy of the message to <paramref name="to"/> (after <paramref name="after"/> earlier ones), waiting for the dispatcher.</summary>
    private async Task<JsonNode> WhatsAppRequestAsync(string to, string template, int after = 0)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            var entries = Requests(to, template);
            if (entries.Count > after) return JsonNode.Parse(entries[after].RequestMessage.Body!)!;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"The WhatsApp stub received nothing for {to} within 20 s.\n{App.AppLog[^Math.Min(App.AppLog.Length, 3000)..]}");
    }
}
