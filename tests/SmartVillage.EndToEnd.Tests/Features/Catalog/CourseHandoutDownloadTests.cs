using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Catalog;

/// <summary>
/// "Unduh bahan ajar (PDF)" on a course page, pressed at 360 px: Bu Siti keeps the course for the bus with no signal; Pak
/// Hendra checks the handout of his draft before he publishes it (the draft's page offers him the button, so the file must come).
/// </summary>
public sealed class CourseHandoutDownloadTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task HandoutLink_OnAPublishedCoursePage_DownloadsThePdf()
    {
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();

        var (name, head) = await DownloadHandoutAsync(Page);

        Assert.Equal("pengelolaan-apbdes-siskeudes.pdf", name);
        Assert.Equal("%PDF", head);
        await Expect(Page.GetByTestId("course-title")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task HandoutLink_OnADraftCoursePage_DownloadsForItsTrainer_AndTheFileIsRefusedToAnOfficial()
    {
        var title = $"Arsip Pekon {Guid.NewGuid().ToString("N")[..6]}";
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring/courses/new");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Page.Locator("[data-testid='course-title'] input, input[data-testid='course-title']").First.FillAsync(title);
        await Page.Locator("[data-testid='course-summary'] textarea, textarea[data-testid='course-summary'], [data-testid='course-summary'] input").First
            .FillAsync("Menata arsip surat dan data pekon.");
        await Page.GetByTestId("save-course").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+$"));
        var slug = await Page.Locator("[data-testid='course-slug'] input, input[data-testid='course-slug']").First.InputValueAsync();

        await Page.GotoAsync($"/courses/{slug}");
        await Expect(Page.GetByTestId("course-draft")).ToBeVisibleAsync();
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        var (name, head) = await DownloadHandoutAsync(Page);
        Assert.Equal($"{slug}.pdf", name);
        Assert.Equal("%PDF", head);

        // An official neither sees the draft's page nor gets its file by the button's address.
        await using var officialContext = await App.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.CatalogOfficialPhone);
        await official.GotoAsync($"/courses/{slug}");
        await Expect(official.GetByTestId("course-not-found")).ToBeVisibleAsync();
        var refused = await official.APIRequest.GetAsync($"/courses/{slug}/handout.pdf");
        Assert.Equal(404, refused.Status);
    }

    /// <summary>Presses the handout button and reads the file that arrived: its name and first four bytes.</summary>
    private static async Task<(string Name, string Head)> DownloadHandoutAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("handout-link").Locator("a").ClickAsync());
        Assert.Null(await download.FailureAsync());
        await using var stream = await download.CreateReadStreamAsync();
        var head = new byte[4];
        await stream.ReadExactlyAsync(head);
        return (download.SuggestedFilename, System.Text.Encoding.ASCII.GetString(head));
    }
}
