using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Authoring;

public sealed class AuthoringTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>The input or textarea of a MudBlazor field, whether the test id sits on it or on its wrapper.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    private async Task WaitInteractiveAsync(IPage page) => await Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();

    /// <summary>
    /// On a 360 px phone a snackbar sits over the bottom buttons until it fades (a pointer resting on it keeps it open),
    /// so a person waits for it to go, and so does the test.
    /// </summary>
    private async Task WaitForSnackbarsToFadeAsync()
    {
        await Page.Mouse.MoveAsync(0, 0);
        await Expect(Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }

    private async Task AddLessonAsync(string title, string heading, string body)
    {
        await Field(Page, "new-lesson-title").FillAsync(title);
        await Page.GetByTestId("add-lesson").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+/lessons/\d+$"));
        await WaitInteractiveAsync(Page);
        await Field(Page, "lesson-markdown").FillAsync($"## {heading}\n\n{body}");
        // The live preview renders the heading as officials will see it.
        await Expect(Page.GetByTestId("lesson-preview").Locator("h2")).ToHaveTextAsync(heading);
        await WaitForSnackbarsToFadeAsync();
        await Page.GetByTestId("save-lesson").ClickAsync();
        await Expect(Page.GetByText("Materi disimpan.", new() { Exact = false })).ToBeVisibleAsync();
        await WaitForSnackbarsToFadeAsync();
        await Page.GetByTestId("back-to-course").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+$"));
        await WaitInteractiveAsync(Page);
    }

    [Fact]
    public async Task Hendra_WritesAndPublishesACourse_OfficialFindsItInTheCatalog()
    {
        var title = $"Rencana Kerja Pekon {Guid.NewGuid().ToString("N")[..6]}";
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring/courses/new");
        await WaitInteractiveAsync(Page);

        await Field(Page, "course-title").FillAsync(title);
        await Expect(Field(Page, "course-slug")).ToHaveValueAsync(new Regex("^rencana-kerja-pekon-[a-z0-9]{6}$"));
        await Field(Page, "course-summary").FillAsync("Menyusun rencana kerja pekon yang dapat dilaksanakan dan dilaporkan.");
        await Page.GetByTestId("save-course").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await WaitInteractiveAsync(Page);
        await AddLessonAsync("Mengapa rencana kerja", "Mengapa rencana kerja", "Rencana kerja membantu pekon memakai dana dengan tepat.");
        await AddLessonAsync("Menyusun jadwal", "Menyusun jadwal kegiatan", "Mulailah dari Musdes.");
        await Expect(Page.GetByTestId("lesson-row")).ToHaveCountAsync(2);

        await WaitForSnackbarsToFadeAsync();
        await Page.GetByTestId("publish").ClickAsync();
        await Expect(Page.GetByTestId("course-status").First).ToHaveTextAsync("Terbit");

        await using var officialContext = await App.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.CatalogOfficialPhone);
        await official.GotoAsync("/catalog");
        await Expect(official.GetByTestId("course-card").Filter(new() { HasText = title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Dewi_OpensHendrasCourseEditor_IsRefused()
    {
        await using var hendraContext = await App.NewContextAsync();
        var hendra = await hendraContext.NewPageAsync();
        await AppFixture.SignInAsync(hendra, DemoAccounts.Trainer);
        await hendra.GotoAsync("/authoring");
        var editorUrl = await hendra.GetByTestId("authored-course").First.GetAttributeAsync("href");
        Assert.Matches(@"^/authoring/courses/\d+$", editorUrl);

        await AppFixture.SignInAsync(Page, DemoAccounts.SecondTrainer);
        await Page.GotoAsync(editorUrl!);

        await Expect(Page.GetByTestId("access-refused")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("course-refusal")).ToContainTextAsync("Anda bukan pelatih kursus ini");
        await Expect(Page.GetByTestId("course-outline")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("publish")).ToHaveCountAsync(0);
    }
}
