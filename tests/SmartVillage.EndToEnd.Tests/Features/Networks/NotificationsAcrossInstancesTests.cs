using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Networks;

/// <summary>
/// Issue 15 item 5: two instances on one database, as behind the province's load balancer. A notification written by
/// one instance reaches a bell open on the other within seconds, without the person navigating.
/// </summary>
public sealed class NotificationsAcrossInstancesTests(AppFixture app) : BrowserTest(app)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    private static async Task WaitInteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();

    [Fact]
    public async Task ResponseWrittenOnOneInstance_RingsTheBellOpenOnTheOther_WithoutNavigation()
    {
        var title = $"Kami perlu pendamping pembukuan BUMDes {Guid.NewGuid().ToString("N")[..6]}";
        await using var second = await App.StartSecondInstanceAsync();

        // Bu Citra signs in, and her browser is sent to the second instance (the cookie is read there too), where she
        // posts a need and keeps her notifications open.
        await AppFixture.SignInAsync(Page, DemoAccounts.NotifiedOfficialPhone);
        await Page.GotoAsync($"{second.BaseUrl}/collaboration/new");
        await WaitInteractiveAsync(Page);
        await Field(Page, "collaboration-title-input").FillAsync(title);
        await Field(Page, "collaboration-description").FillAsync("Kaur keuangan baru perlu contoh pembukuan BUMDes yang rapi.");
        await Field(Page, "collaboration-area").FillAsync("bumdes");
        await Page.GetByTestId("post-collaboration").ClickAsync();
        await Expect(Page.GetByTestId("collaboration-heading")).ToHaveTextAsync(title);
        await Page.GotoAsync($"{second.BaseUrl}/notifications");
        await WaitInteractiveAsync(Page);
        var before = int.Parse(await Page.GetByTestId("notification-count").TextContentAsync() ?? "0");
        await Page.EvaluateAsync("window.__sameDocument = true");

        // Pak Fajar, of another village, answers it on the first instance.
        await using var responderContext = await App.NewContextAsync();
        var responder = await responderContext.NewPageAsync();
        await AppFixture.SignInAsync(responder, DemoAccounts.NotifyingOfficialPhone);
        await responder.GotoAsync("/collaboration");
        await responder.GetByTestId("collaboration-title").Filter(new() { HasText = title }).ClickAsync();
        await Assertions.Expect(responder.GetByTestId("collaboration-heading")).ToHaveTextAsync(title);
        await WaitInteractiveAsync(responder);
        await Field(responder, "response-input").FillAsync("Pekon kami bisa berbagi contoh buku kas BUMDes lewat panggilan video.");
        await responder.GetByTestId("send-response").ClickAsync();
        await Assertions.Expect(responder.GetByText("Pekon kami bisa berbagi contoh buku kas BUMDes")).ToBeVisibleAsync();

        // Her bell on the second instance counts it (the poll runs every 3 s), on the same page she had open.
        await Expect(Page.GetByTestId("notification-count")).ToHaveTextAsync((before + 1).ToString(), new() { Timeout = 10_000 });
        Assert.True(await Page.EvaluateAsync<bool>("window.__sameDocument === true"), "The page was reloaded; the bell must update in place.");
        Assert.StartsWith(second.BaseUrl, Page.Url);
    }
}
