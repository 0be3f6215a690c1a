using System.Text;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Authoring;

/// <summary>
/// Pak Hendra pastes a long lesson on the venue's weak link. A lesson may hold 100,000 characters of Markdown: that
/// much reaches the database whole, "Materi disimpan." shows only once it is there, and one character more is refused
/// with the reason while the text stays on screen.
/// </summary>
public sealed class LongLessonTests(AppFixture app) : BrowserTest(app)
{
    public const int LessonLimit = 100_000;

    /// <summary>Markdown of exactly <paramref name="length"/> characters ending in <paramref name="marker"/>.</summary>
    public static string Markdown(int length, string marker)
    {
        var text = new StringBuilder("## Materi panjang\n\n");
        const string paragraph = "Rencana kegiatan disusun bersama TPK, dibahas dalam Musdes, lalu dicatat di RKP Desa. ";
        while (text.Length < length - marker.Length) text.Append(paragraph);
        text.Length = length - marker.Length;
        return text.Append(marker).ToString();
    }

    [Fact]
    public async Task LessonAtTheLimit_OnASlowLink_IsSavedWhole_BeforeSavedIsShown_OneMoreIsRefused()
    {
        var (courseId, lessonId) = await LessonAsync(position: 0);
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await using var link = new ThrottledLink(App.BaseUrl, bitsPerSecond: 1_000_000, latency: TimeSpan.FromMilliseconds(300));
        await using var slow = await App.NewContextAsync(baseUrl: link.BaseUrl);
        await AppFixture.CopySignInAsync(Context, slow);
        var page = await slow.NewPageAsync();
        await page.GotoAsync($"/authoring/courses/{courseId}/lessons/{lessonId}");
        await MudField.WaitInteractiveAsync(page);

        var marker = $"AKHIR-{Guid.NewGuid():N}";
        var atLimit = Markdown(LessonLimit, marker);
        await MudField.Of(page, "lesson-markdown").FillAsync(atLimit);
        await page.GetByTestId("save-lesson").ClickAsync();
        await Expect(page.GetByText("Materi disimpan.", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The moment the page says so, the database holds every character.
        var stored = await App.ScalarAsync("SELECT Markdown FROM Lessons WHERE Id = $id", ("$id", lessonId));
        Assert.Equal(LessonLimit, stored?.Length);
        Assert.EndsWith(marker, stored);

        // One character more: refused with the limit named; the text stays where it was typed; the database keeps the saved one.
        await Snackbars.WaitToFadeAsync(page);
        await MudField.Of(page, "lesson-markdown").FillAsync(atLimit + "!");
        await page.GetByTestId("save-lesson").ClickAsync();
        await Expect(page.GetByText("Isi materi paling panjang 100.000 karakter", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByText("Materi disimpan.", new() { Exact = false })).ToHaveCountAsync(0);
        Assert.Equal(LessonLimit + 1, await MudField.Of(page, "lesson-markdown").EvaluateAsync<int>("e => e.value.length"));
        Assert.Equal(stored, await App.ScalarAsync("SELECT Markdown FROM Lessons WHERE Id = $id", ("$id", lessonId)));
    }

    /// <summary>A lesson of Pak Hendra's Manajemen Proyek course, which no other browser test edits.</summary>
    public async Task<(string CourseId, string LessonId)> LessonAsync(int position)
    {
        var courseId = await App.ScalarAsync("SELECT Id FROM Courses WHERE Slug = 'manajemen-proyek-pembangunan-desa'");
        var lessonId = await App.ScalarAsync("SELECT Id FROM Lessons WHERE CourseId = $c ORDER BY Position, Id LIMIT 1 OFFSET $p",
            ("$c", courseId), ("$p", position));
        return (courseId!, lessonId!);
    }
}
