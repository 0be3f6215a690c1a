using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Issue 17, "a stall is noticed": rural 3G stalls without dropping (the socket stays open, nothing gets through). Mid-quiz
/// on a 400 kbps / 400 ms link that then stalls, the official is told within 10 s that the connection is gone
/// and that saved answers are safe, the countdown keeps running from the server's deadline, and once the link carries
/// bytes again every answer she gave (the one tapped during the stall too) is in the database, also when the link comes
/// back as a new connection and what was sent during the stall is lost (a tap, a drop-down and a typed number).
/// </summary>
public sealed class StalledLinkTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    private const string UserName = "+6281270000133";

    private static ILocator Question(IPage page, int number) => page.Locator($"[data-testid=attempt-question][data-number='{number}']");

    [Fact]
    public async Task LinkStallsMidQuiz_NoticeWithinTenSeconds_CountdownRuns_NoAnswerLost()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.StalledQuizOfficialPhone);
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        await Page.GetByTestId("enroll").ClickAsync();
        await Page.Locator("[data-testid=quiz-card][data-purpose=PreTest]").GetByTestId("quiz-start").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mulai sekarang" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        var attemptPath = new Uri(Page.Url).AbsolutePath;
        await Page.CloseAsync();

        await using var link = new ThrottledLink(App.BaseUrl, bitsPerSecond: 400_000, latency: TimeSpan.FromMilliseconds(400));
        await using var phone = await App.NewPhoneSignedInAsync(Context, link.BaseUrl);
        var slow = await phone.NewPageAsync();
        // She comes back as she would: the course page (a reading page), then "Lanjutkan kuis", which brings the live quiz page
        // by an enhanced navigation: the notice must work on a page reached that way, not only on one loaded whole.
        await slow.GotoAsync("/courses/pengelolaan-apbdes-siskeudes", new PageGotoOptions { Timeout = 60_000 });
        await slow.Locator("[data-testid=quiz-card][data-purpose=PreTest]").GetByTestId("quiz-start").ClickAsync();
        await Expect(slow).ToHaveURLAsync(new Regex(Regex.Escape(attemptPath) + "$"), new() { Timeout = 60_000 });
        await Expect(slow.Locator("h1[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Question(slow, 1).GetByText("Pendapatan, belanja, dan pembiayaan", new() { Exact = true }).ClickAsync();
        await Expect(Question(slow, 1).GetByTestId("saved")).ToBeVisibleAsync();

        // The link stalls: nothing is refused or closed, nothing gets through.
        link.Stall();
        var stalled = Stopwatch.StartNew();
        await Question(slow, 3).GetByText("Pendapatan transfer", new() { Exact = true }).ClickAsync();
        await Expect(Question(slow, 3)).ToHaveAttributeAsync("data-pending", "");
        await Expect(Question(slow, 3).GetByTestId("saving")).ToBeVisibleAsync();

        var notice = slow.Locator("#components-reconnect-modal p:visible").Filter(new() { HasText = "Jawaban yang sudah tersimpan aman" });
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var noticedAfter = stalled.Elapsed;
        output.WriteLine($"The stall was noticed after {noticedAfter.TotalSeconds:0.0} s.");
        Assert.True(noticedAfter <= TimeSpan.FromSeconds(10), $"The notice came {noticedAfter.TotalSeconds:0.0} s into the stall.");

        // The countdown goes on from the server's deadline while nothing arrives.
        var countdown = slow.GetByTestId("countdown");
        var shown = await countdown.InnerTextAsync();
        await Expect(countdown).Not.ToHaveTextAsync(shown, new() { Timeout = 5_000 });

        // The link carries bytes again: the page rejoins its circuit and nothing was lost.
        output.WriteLine($"The link carried nothing for {stalled.Elapsed.TotalSeconds:0.0} s.");
        link.Resume();
        await Expect(slow.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(Question(slow, 3).GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.NotNull(await SavedAnswerAsync(1));
        Assert.NotNull(await SavedAnswerAsync(3));
        await Expect(slow.GetByTestId("attempt-bar")).ToContainTextAsync("2 dari 16 dijawab");

        // It stalls again, and this time comes back as a new connection: the answers given meanwhile (a tap, a drop-down, a
        // typed number) died with the old one. The page sends every answer still waiting once it has rejoined its circuit.
        link.Stall();
        await Question(slow, 6).GetByText("Salah", new() { Exact = true }).ClickAsync();
        await Expect(Question(slow, 6).GetByTestId("saving")).ToBeVisibleAsync();
        await Question(slow, 2).GetByLabel("Penghasilan tetap Kepala Pekon", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Bidang 1 Penyelenggaraan Pemerintahan" });
        await Expect(Question(slow, 2).GetByTestId("saving")).ToBeVisibleAsync();
        await Question(slow, 4).Locator("input").FillAsync("10");
        await Expect(Question(slow, 4).GetByTestId("saving")).ToBeVisibleAsync();
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 10_000 });
        link.ResumeAsNewConnection();
        await Expect(slow.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(Question(slow, 6).GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.NotNull(await SavedAnswerAsync(6));
        await Expect(Question(slow, 2).GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(Question(slow, 4).GetByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Contains("Bidang 1 Penyelenggaraan Pemerintahan", await SavedAnswerAsync(2));
        Assert.Contains("10", await SavedAnswerAsync(4));
        await Expect(slow.GetByTestId("attempt-bar")).ToContainTextAsync("4 dari 16 dijawab · 1 sebagian");
    }

    private async Task<string?> SavedAnswerAsync(int number) => await App.ScalarAsync("""
        SELECT q.ResponseJson FROM AttemptQuestions q JOIN QuizAttempts a ON a.Id = q.AttemptId JOIN AspNetUsers u ON u.Id = a.UserId
        WHERE u.UserName = $user AND q.Number = $n
        """, ("$user", UserName), ("$n", number));
}
