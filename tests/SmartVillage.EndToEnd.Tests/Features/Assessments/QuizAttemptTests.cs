using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

public sealed class QuizAttemptTests(AppFixture app) : BrowserTest(app)
{
    private ILocator Question(int number) => Page.Locator($"[data-testid=attempt-question][data-number='{number}']");

    private async Task PickAsync(int number, string option)
    {
        await Question(number).GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(Question(number).GetByTestId("saved")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The APBDes pre-test (16 questions, 15 minutes, one attempt, score only) as the content imports it. Eight answers,
    /// seven of them right: 7 of 16 marks is 43,75.
    /// </summary>
    [Fact]
    public async Task Official_StartsTimedPreTest_AnswersHalf_Reloads_AnswersStay_SubmitsOnce_ScoreIsRight()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.QuizOfficialPhones[0]);
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        await Page.GetByTestId("enroll").ClickAsync();
        var preTest = Page.Locator("[data-testid=quiz-card][data-purpose=PreTest]");
        await Expect(preTest).ToContainTextAsync("16 soal · 15 menit");
        await Expect(preTest.GetByTestId("quiz-status")).ToHaveTextAsync("Belum dikerjakan");
        await preTest.GetByTestId("quiz-start").ClickAsync();
        // Timed and her only attempt: asked before the clock starts.
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mulai sekarang" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        var attemptUrl = Page.Url;
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("countdown")).ToContainTextAsync(new Regex(@"Sisa 1[45]:\d\d"));
        // The quiz opens at its top (its title and the time left), not where the course page was scrolled to.
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => Math.round(window.scrollY)"));
        await Expect(Page.GetByTestId("attempt-question")).ToHaveCountAsync(16);

        await PickAsync(1, "Pendapatan, belanja, dan pembiayaan");
        await PickAsync(3, "Pendapatan transfer");
        await Question(4).Locator("input").FillAsync("10");
        await Expect(Question(4).GetByTestId("saved")).ToBeVisibleAsync();
        await PickAsync(5, "Tidak boleh, karena setiap kegiatan APBDes harus berasal dari RKP Desa");
        await PickAsync(6, "Salah");
        await PickAsync(7, "31 Desember, sebelum tahun anggaran dimulai");
        await PickAsync(9, "Kuitansi sewa tenda Rp 4.900.000"); // wrong on purpose
        await PickAsync(10, "Peraturan Pekon tentang APBDes dan penjabarannya");
        await Expect(Page.GetByTestId("attempt-bar")).ToContainTextAsync("8 dari 16 dijawab");

        // The signal drops; the page comes back: every answer is still there, the clock kept running on the server.
        await Page.ReloadAsync();
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("attempt-bar")).ToContainTextAsync("8 dari 16 dijawab");
        await Expect(Question(1).Locator("input[type=radio]").Nth(0)).ToBeCheckedAsync();
        await Expect(Question(4).Locator("input")).ToHaveValueAsync("10");
        await Expect(Question(6).Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await Expect(Question(9).Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await Expect(Question(2).GetByTestId("saved")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("saved")).ToHaveCountAsync(8);

        // The page's title is the quiz's, written into its head with the page.
        await Expect(Page).ToHaveTitleAsync("Pre-test: Pengelolaan APBDes dengan Siskeudes");

        // Submitting names the unanswered questions first; "Periksa lagi" goes back to the questions with nothing sent.
        await Page.GetByTestId("submit").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("8 soal belum dijawab: nomor 2, 8, 11, 12, 13, 14, 15, 16");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Periksa lagi" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page).ToHaveURLAsync(attemptUrl);

        // She submits from a second tab; the first one, still open, learns it at her next tap: it shows the result.
        var second = await Context.NewPageAsync();
        await second.GotoAsync(attemptUrl);
        await Expect(second.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await second.GetByTestId("submit").ClickAsync();
        var secondDialog = second.GetByRole(AriaRole.Dialog);
        await Expect(secondDialog).ToContainTextAsync("8 soal belum dijawab: nomor 2, 8, 11, 12, 13, 14, 15, 16");
        await secondDialog.GetByRole(AriaRole.Button, new() { Name = "Kumpulkan" }).ClickAsync();
        await Expect(second).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
        await Expect(second).ToHaveTitleAsync("Hasil kuis");
        await Expect(second.GetByTestId("result-score")).ToHaveTextAsync("43,75");
        await second.CloseAsync();

        await Question(11).GetByText("Benar", new() { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
        await Expect(Page).ToHaveTitleAsync("Hasil kuis");
        await Expect(Page.GetByTestId("result-score")).ToHaveTextAsync("43,75");
        // A pre-test is her starting point, not a pass or a fail.
        await Expect(Page.GetByTestId("result-starting-point")).ToContainTextAsync("titik awal");
        await Expect(Page.GetByTestId("result-passed")).ToHaveCountAsync(0);

        // Back to the attempt (the back button, a bookmark, a second tab): it only shows the result; nothing is resubmitted.
        await Page.GotoAsync(attemptUrl);
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
        await Expect(Page.GetByTestId("result-score")).ToHaveTextAsync("43,75");
        await Expect(Page.GetByTestId("submit")).ToHaveCountAsync(0);

        await Page.GotoAsync("/my/quizzes");
        await Expect(Page.GetByTestId("my-attempt")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("my-attempt-status")).ToHaveTextAsync("Nilai awal 43,75");

        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        await Expect(preTest.GetByTestId("quiz-status")).ToHaveTextAsync("Nilai awal 43,75");
        await Expect(preTest.GetByTestId("quiz-start")).ToHaveCountAsync(0);
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"The course page is {scrollWidth} px wide at 360 px.");
    }
}
