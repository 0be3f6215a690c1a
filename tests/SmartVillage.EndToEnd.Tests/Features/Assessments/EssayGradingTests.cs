using System.Text.RegularExpressions;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

public sealed class EssayGradingTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>
    /// The demo story: official 081270000126 scored 37,5 on the APBDes pre-test and answered every post-test question right,
    /// the essay waiting. Pak Hendra grades it from "Perlu dinilai"; the official then sees the final score, the comment
    /// and the gain.
    /// </summary>
    [Fact]
    public async Task PakHendra_GradesTheEssay_TheOfficialSeesTheCommentAndTheGain()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring/grading");
        await Page.GetByTestId("inbox-course").Filter(new() { HasText = "Pengelolaan APBDes dengan Siskeudes" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+/grading$"));
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var card = Page.GetByTestId("essay-card").Filter(new() { HasText = "Kami akan memasang baliho APBDes di balai pekon" });
        await Expect(card).ToHaveCountAsync(1);
        await card.Locator("input[data-testid=essay-points], [data-testid=essay-points] input").First.FillAsync("1");
        await card.Locator("textarea[data-testid=essay-comment], [data-testid=essay-comment] textarea").First.FillAsync("Lengkap dan nyata. Pasang juga jadwal laporan semester.");
        await card.GetByTestId("essay-save").ClickAsync();
        await Expect(Page.GetByText(new Regex("disimpan: 1 dari 1"))).ToBeVisibleAsync();
        await Expect(card).ToHaveCountAsync(0);

        await using var officialContext = await App.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.GradedOfficialPhone);
        await official.GotoAsync("/my/courses");
        await Expect(official.GetByTestId("learning-gain")).ToHaveTextAsync("Nilai awal 37,5 → nilai akhir 100, naik 62,5 poin");
        await official.GotoAsync("/my/quizzes");
        await official.GetByTestId("my-attempt").Filter(new() { HasText = "Post-test" }).GetByRole(Microsoft.Playwright.AriaRole.Link).First.ClickAsync();
        await Expect(official.GetByTestId("result-score")).ToHaveTextAsync("100");
        await Expect(official.GetByTestId("essay-trainer-comment")).ToContainTextAsync("Lengkap dan nyata. Pasang juga jadwal laporan semester.");
    }
}
