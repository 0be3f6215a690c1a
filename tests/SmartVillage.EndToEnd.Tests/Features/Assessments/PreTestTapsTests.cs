using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Darmawan takes the Manajemen Proyek pre-test (15 minutes, one attempt) on a weak signal: it asks before the clock
/// starts; a half-matched question counts as partly answered, not answered; a second tap on a checkbox while the first
/// is still saving keeps her choice; the result is her starting point, not a failure.
/// </summary>
public sealed class PreTestTapsTests(AppFixture app) : BrowserTest(app)
{
    private const string Course = "/courses/manajemen-proyek-pembangunan-desa";

    private static ILocator Question(IPage page, int number) => page.Locator($"[data-testid=attempt-question][data-number='{number}']");

    [Fact]
    public async Task PreTest_ConfirmsFirst_PartMatchingIsPartly_DoubleTapKeepsTheChoice_ResultIsAStartingPoint()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.PreTestOfficialPhone);
        await Page.GotoAsync(Course);
        await Page.GetByTestId("enroll").ClickAsync();
        var preTest = Page.Locator("[data-testid=quiz-card][data-purpose=PreTest]");

        // One tap does not start the clock: she is told the time limit and that this is her only attempt.
        await preTest.GetByTestId("quiz-start").ClickAsync();
        var confirm = Page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("15 menit");
        await Expect(confirm).ToContainTextAsync("satu-satunya kesempatan");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Nanti saja" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"{Course}$"));
        Assert.Equal("0", await App.ScalarAsync("""
            SELECT COUNT(*) FROM QuizAttempts a JOIN AspNetUsers u ON u.Id = a.UserId WHERE u.UserName = '+6281270000132'
            """));
        await preTest.GetByTestId("quiz-start").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mulai sekarang" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        var attemptUrl = new Uri(Page.Url).PathAndQuery;
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();

        // Two of the four pairs of question 4: partly answered.
        var matching = Question(Page, 4);
        await PickMatchAsync(matching, "TPK", "Tim yang ditetapkan dengan keputusan Kepala Pekon untuk membantu pelaksana kegiatan", pairsSet: 1);
        await PickMatchAsync(matching, "RAB", "Rincian biaya dari volume, kebutuhan bahan, dan harga satuan", pairsSet: 2);
        await Expect(Page.GetByTestId("attempt-bar")).ToContainTextAsync("0 dari 15 dijawab");
        await Expect(Page.GetByTestId("attempt-bar")).ToContainTextAsync("1 sebagian");
        await Expect(matching.GetByTestId("partly")).ToContainTextAsync("2 dari 4 pasangan");

        // On a weak signal: question 11 ("pilih DUA"), the first option tapped twice because nothing seemed to happen.
        await using var link = new ThrottledLink(App.BaseUrl, bitsPerSecond: 400_000, latency: TimeSpan.FromMilliseconds(400));
        await using var phone = await App.NewContextAsync(baseUrl: link.BaseUrl);
        await AppFixture.CopySignInAsync(Context, phone);
        var slow = await phone.NewPageAsync();
        await slow.GotoAsync(attemptUrl, new PageGotoOptions { Timeout = 60_000 });
        await Expect(slow.Locator("h1[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var multi = Question(slow, 11);
        var first = multi.Locator("input[type=checkbox]").First;
        await first.ClickAsync();
        // Told at once, long before the server could have answered (a round trip takes 800 ms here).
        Assert.True(await multi.GetByTestId("saving").IsVisibleAsync(), "Menyimpan… did not show at once on the tap.");
        await first.ClickAsync();
        await Expect(multi.GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(first).ToBeCheckedAsync();
        await Expect(multi.GetByTestId("saving")).ToBeHiddenAsync();
        Assert.Contains("[0]", await SavedAnswerAsync(11) ?? "", StringComparison.Ordinal);
        // Once saved, a tap is a change of mind: it clears the choice.
        await first.ClickAsync();
        await Expect(first).Not.ToBeCheckedAsync();
        await Expect(multi.GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(multi.GetByTestId("saving")).ToBeHiddenAsync();
        await first.ClickAsync();
        await Expect(multi.GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(multi.GetByTestId("saving")).ToBeHiddenAsync();
        await Expect(first).ToBeCheckedAsync();
        await slow.CloseAsync();

        // Submitting names the partly answered question.
        await Page.ReloadAsync();
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("attempt-bar")).ToContainTextAsync("1 dari 15 dijawab");
        await Page.GetByTestId("submit").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("1 soal baru sebagian dijawab: nomor 4");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Kumpulkan" }).ClickAsync();

        // A pre-test result is where she starts, not a failure.
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
        await Expect(Page.GetByTestId("result-starting-point")).ToContainTextAsync("titik awal");
        await Expect(Page.GetByText("Belum lulus")).ToHaveCountAsync(0);
        await Page.GotoAsync(Course);
        await Expect(preTest.GetByTestId("quiz-status")).Not.ToContainTextAsync("Belum lulus");
    }

    private static async Task PickMatchAsync(ILocator question, string term, string answer, int pairsSet)
    {
        // Each pair is a drop-down labelled by its term: she picks the answer as on any phone form.
        await question.GetByLabel(term, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = answer });
        await Expect(question.GetByTestId("partly")).ToContainTextAsync($"{pairsSet} dari 4 pasangan");
        await Expect(question.GetByTestId("saved")).ToBeVisibleAsync();
    }

    private async Task<string?> SavedAnswerAsync(int number) => await App.ScalarAsync("""
        SELECT q.ResponseJson FROM AttemptQuestions q JOIN QuizAttempts a ON a.Id = q.AttemptId JOIN AspNetUsers u ON u.Id = a.UserId
        WHERE u.UserName = '+6281270000132' AND q.Number = $n
        """, ("$n", number));
}
