using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Learning;

/// <summary>
/// Issue 17, offline reading: an official saves a course with "Simpan untuk dibaca offline", the course page says what is
/// saved, and with no signal at all (the browser offline and the link to the app gone) she reads a saved lesson, told it
/// is the copy on her phone; her quiz list is not shown from any copy.
/// </summary>
public sealed class OfflineReadingTests(AppFixture app) : BrowserTest(app)
{
    private const string Course = "/courses/sistem-informasi-desa";

    [Fact]
    public async Task SavedCourse_ReadsALessonWithNoSignal_QuizListIsNeverAStaleCopy()
    {
        var link = new ThrottledLink(App.BaseUrl, bitsPerSecond: 10_000_000_000, latency: TimeSpan.Zero);
        try
        {
            await using var phone = await App.NewContextAsync(baseUrl: link.BaseUrl);
            var page = await phone.NewPageAsync();
            await AppFixture.SignInAsync(page, DemoAccounts.OfflineReaderPhone);
            await page.GotoAsync(Course);
            await page.GetByTestId("enroll").ClickAsync();
            await Expect(page.GetByTestId("start-learning")).ToBeVisibleAsync();

            var status = page.GetByTestId("offline-status");
            await Expect(status).ToHaveTextAsync("Belum ada materi kursus ini yang tersimpan di ponsel ini.");
            var lessons = await page.Locator("[data-testid=course-lesson] a").CountAsync();
            await page.GetByTestId("save-offline").ClickAsync();
            await Expect(status).ToHaveTextAsync($"Tersimpan untuk dibaca offline: {lessons} dari {lessons} materi dan bahan ajar PDF.");
            await Expect(page.Locator("[data-testid=course-lesson] a[data-offline-saved]")).ToHaveCountAsync(lessons);
            var second = page.Locator("[data-testid=course-lesson] a").Nth(1);
            var secondTitle = (await second.Locator(".sv-lesson-link-title").InnerTextAsync()).Trim();

            // No signal: the browser is offline and the way to the app is gone.
            await link.DisposeAsync();
            await phone.SetOfflineAsync(true);

            await second.ClickAsync();
            await Expect(page.GetByTestId("lesson-title")).ToHaveTextAsync(secondTitle);
            await Expect(page.GetByTestId("lesson-body").Locator("h2").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("offline-note")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("offline-saved-here")).ToBeVisibleAsync();
            // The page looks as it does online: MudBlazor's stylesheet came from the phone too.
            Assert.Equal("flex", await page.Locator(".mud-appbar .mud-toolbar").EvaluateAsync<string>("e => getComputedStyle(e).display"));

            // Her quizzes are never a saved copy: without signal she is told so.
            await page.GotoAsync("/my/quizzes");
            await Expect(page.GetByTestId("offline-not-saved")).ToBeVisibleAsync();

            // The handout, as her phone keeps it. Chromium's offline switch cancels a download before the service worker
            // sees it, so here the phone is "online" with still no way to the app (the link is gone: connection refused).
            await phone.SetOfflineAsync(false);
            await page.GotoAsync(Course);
            await Expect(page.GetByTestId("course-title")).ToBeVisibleAsync();
            var handout = await BrowserDownload.PressAsync(page, page.GetByTestId("handout-link").Locator("a"));
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(handout.Bytes, 0, 4));
        }
        finally
        {
            await link.DisposeAsync();
        }
    }

    /// <summary>
    /// A phone shared in the balai pekon: when she signs out with *Keluar*, the lessons she saved leave the phone with her.
    /// Checked with no signal before (her saved lesson opens) and after (the next person is told it is not saved here).
    /// </summary>
    [Fact]
    public async Task SignOut_RemovesTheSavedLessonsFromThePhone()
    {
        const string otherCourse = "/courses/musyawarah-dan-pengaduan-warga";
        await using var phone = await App.NewContextAsync();
        var page = await phone.NewPageAsync();
        await AppFixture.SignInAsync(page, DemoAccounts.OfflineReaderPhone);
        await page.GotoAsync(otherCourse);
        await page.GetByTestId("enroll").ClickAsync();
        await Expect(page.GetByTestId("start-learning")).ToBeVisibleAsync();
        await page.GetByTestId("save-offline").ClickAsync();
        await Expect(page.GetByTestId("offline-status")).ToContainTextAsync("Tersimpan untuk dibaca offline");
        var lesson = await page.Locator("[data-testid=course-lesson] a").First.GetAttributeAsync("href");

        await phone.SetOfflineAsync(true);
        await page.GotoAsync(lesson!);
        await Expect(page.GetByTestId("offline-saved-here")).ToBeVisibleAsync();
        await phone.SetOfflineAsync(false);

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("public-home")).ToBeVisibleAsync();

        await phone.SetOfflineAsync(true);
        await page.GotoAsync(lesson!);
        await Expect(page.GetByTestId("offline-not-saved")).ToBeVisibleAsync();
    }
}
