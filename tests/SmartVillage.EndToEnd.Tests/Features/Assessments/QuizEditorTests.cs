using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Pak Hendra sets up a practice quiz on his phone. A new practice quiz is used so the demo courses' pre-tests and
/// post-tests, which other tests rely on, keep their settings.
/// </summary>
public sealed class QuizEditorTests(AppFixture app) : BrowserTest(app)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private static async Task WaitInteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();

    [Fact]
    public async Task Hendra_SetsATimeLimitAndPassingScore_TheyAreKept_DewiIsRefused()
    {
        var title = $"Latihan Musdes {Guid.NewGuid().ToString("N")[..6]}";
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring");
        await WaitInteractiveAsync(Page);
        await Page.GetByTestId("authored-course").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+$"));
        await WaitInteractiveAsync(Page);
        await Page.GetByTestId("course-quizzes").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+/quizzes$"));
        await WaitInteractiveAsync(Page);

        await Field(Page, "new-quiz-title").FillAsync(title);
        await Page.GetByTestId("create-quiz").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+/quizzes/\d+$"));
        await Expect(Page.GetByTestId("quiz-heading")).ToHaveTextAsync(title);
        await WaitInteractiveAsync(Page);
        await Field(Page, "quiz-time-limit").FillAsync("20");
        await Field(Page, "quiz-passing-score").FillAsync("80");
        await Page.GetByTestId("save-quiz-settings").ClickAsync();
        await Expect(Page.GetByText("Pengaturan kuis disimpan.")).ToBeVisibleAsync();

        await Page.ReloadAsync();
        await WaitInteractiveAsync(Page);
        await Expect(Field(Page, "quiz-time-limit")).ToHaveValueAsync("20");
        await Expect(Field(Page, "quiz-passing-score")).ToHaveValueAsync("80");
        // Usable on a 360 px phone: nothing pushes the page wider than the screen.
        Assert.True(await Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The quiz editor is wider than a 360 px phone.");

        var editorUrl = new Uri(Page.Url).PathAndQuery;
        await using var dewiContext = await App.NewContextAsync();
        var dewi = await dewiContext.NewPageAsync();
        await AppFixture.SignInAsync(dewi, DemoAccounts.SecondTrainer);
        await dewi.GotoAsync(editorUrl);

        await Expect(dewi.GetByTestId("access-refused")).ToBeVisibleAsync();
        await Expect(dewi.GetByTestId("quiz-refusal")).ToContainTextAsync("Anda bukan pelatih kursus ini");
        await Expect(dewi.GetByTestId("save-quiz-settings")).ToHaveCountAsync(0);
    }
}
