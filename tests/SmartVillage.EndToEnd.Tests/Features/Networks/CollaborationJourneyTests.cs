using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Networks;

/// <summary>
/// Issue 8's "done when": a need posted by one village is answered by another and marked met by the poster, on 360 px
/// phones. Tiyuh Panaragan posts; Tiyuh Bandar Dewa answers; the poster sees the bell, picks the response that helped.
/// </summary>
public sealed class CollaborationJourneyTests(AppFixture app) : BrowserTest(app)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    private static async Task WaitInteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();

    [Fact]
    public async Task Need_PostedByOneVillage_AnsweredByAnother_MarkedMetByPoster()
    {
        var title = $"Kami perlu bantuan membuat website tiyuh {Guid.NewGuid().ToString("N")[..6]}";

        // The poster: Kaur Keuangan of Tiyuh Panaragan.
        await AppFixture.SignInAsync(Page, DemoAccounts.CollaborationPosterPhone);
        await Page.GotoAsync("/collaboration/new");
        await WaitInteractiveAsync(Page);
        await Field(Page, "collaboration-title-input").FillAsync(title);
        await Field(Page, "collaboration-description").FillAsync("Domain desa.id sudah aktif, tetapi belum ada yang bisa mengisi halamannya.");
        await Field(Page, "collaboration-area").FillAsync("website desa");
        await Page.GetByTestId("post-collaboration").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/collaboration/\d+$"));
        await Expect(Page.GetByTestId("collaboration-heading")).ToHaveTextAsync(title);
        await Expect(Page.GetByTestId("collaboration-status")).ToHaveTextAsync("Terbuka");
        var requestUrl = Page.Url;

        // Another village: the Kepala Tiyuh of Bandar Dewa finds it in the list and answers.
        await using var otherContext = await App.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await AppFixture.SignInAsync(other, DemoAccounts.CollaborationResponderPhone);
        await other.GotoAsync("/collaboration");
        await other.GetByTestId("collaboration-title").Filter(new() { HasText = title }).ClickAsync();
        await Assertions.Expect(other.GetByTestId("collaboration-heading")).ToHaveTextAsync(title);
        await WaitInteractiveAsync(other);
        await Field(other, "response-input").FillAsync("Tiyuh kami sudah punya website. Kami bisa mendampingi lewat video call setiap Kamis.");
        await other.GetByTestId("send-response").ClickAsync();
        await Assertions.Expect(other.GetByTestId("response-author")).ToContainTextAsync("Bandar Dewa");
        // The responder cannot mark someone else's need met.
        await Assertions.Expect(other.GetByTestId("mark-met")).ToHaveCountAsync(0);

        // The poster sees the bell count, opens the notification, and marks the request met with that response.
        await Page.GotoAsync("/notifications");
        await WaitInteractiveAsync(Page);
        await Expect(Page.GetByTestId("notification-count")).Not.ToHaveTextAsync("0");
        var note = Page.GetByTestId("notification").Filter(new() { HasText = title }).First;
        await Expect(note).ToContainTextAsync("menanggapi permintaan Anda");
        await note.GetByTestId("open-notification").ClickAsync();
        await Expect(Page).ToHaveURLAsync(requestUrl);
        await WaitInteractiveAsync(Page);
        await Page.GetByTestId("mark-met").ClickAsync();
        await Expect(Page.GetByTestId("collaboration-status")).ToHaveTextAsync("Terpenuhi");
        await Expect(Page.GetByTestId("helped")).ToBeVisibleAsync();

        // Everyone now reads it as met, and it shows under the "Terpenuhi" filter's status.
        await other.ReloadAsync();
        await Assertions.Expect(other.GetByTestId("collaboration-status")).ToHaveTextAsync("Terpenuhi");
        await Assertions.Expect(other.GetByTestId("send-response")).ToHaveCountAsync(0);
        var width = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"The collaboration page is {width} px wide at a 360 px screen.");
    }
}
