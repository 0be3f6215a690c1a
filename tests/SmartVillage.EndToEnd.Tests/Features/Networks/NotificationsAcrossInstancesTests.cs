using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Networks;

/// <summary>
/// Issue 15 item 5: two instances on one database, as behind the province's load balancer. A notification written by
/// one instance reaches a bell open on the other within seconds, without the person navigating.
/// </summary>
public sealed class NotificationsAcrossInstancesTests(AppFixture app) : BrowserTest(app)
{
    private const string DemoNeed = "Pendampingan membuat website pekon";

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"textarea[data-testid='{testId}'], [data-testid='{testId}'] textarea").First;

    [Fact]
    public async Task ResponseWrittenOnOneInstance_RingsTheBellOpenOnTheOther_WithoutNavigation()
    {
        await using var second = await App.StartSecondInstanceAsync();

        // Pak Bambang signs in, then his browser is sent to the second instance (the cookie is read there too).
        await AppFixture.SignInAsync(Page, DemoAccounts.DemoNeedPosterPhone);
        await Page.GotoAsync($"{second.BaseUrl}/notifications");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var before = int.Parse(await Page.GetByTestId("notification-count").TextContentAsync() ?? "0");
        await Page.EvaluateAsync("window.__sameDocument = true");

        // Bu Novi, of another village, answers his need on the first instance.
        await using var responderContext = await App.NewContextAsync();
        var responder = await responderContext.NewPageAsync();
        await AppFixture.SignInAsync(responder, DemoAccounts.DemoNeedResponderPhone);
        await responder.GotoAsync("/collaboration");
        await responder.GetByTestId("collaboration-title").Filter(new() { HasText = DemoNeed }).ClickAsync();
        await Assertions.Expect(responder.GetByTestId("collaboration-heading")).ToHaveTextAsync(DemoNeed);
        await Assertions.Expect(responder.GetByTestId("interactive")).ToBeAttachedAsync();
        await Field(responder, "response-input").FillAsync("Pekon kami bisa membantu mengisi halaman profil lewat panggilan video.");
        await responder.GetByTestId("send-response").ClickAsync();
        await Assertions.Expect(responder.GetByText("Pekon kami bisa membantu mengisi halaman profil")).ToBeVisibleAsync();

        // His bell on the second instance counts it (the poll runs every 3 s), on the same page he had open.
        await Expect(Page.GetByTestId("notification-count")).ToHaveTextAsync((before + 1).ToString(), new() { Timeout = 10_000 });
        Assert.True(await Page.EvaluateAsync<bool>("window.__sameDocument === true"), "The page was reloaded; the bell must update in place.");
        Assert.StartsWith(second.BaseUrl, Page.Url);
    }
}
