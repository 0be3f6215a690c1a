using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Authoring;

/// <summary>
/// Unsaved lesson text is never dropped without a word: leaving by the editor's own button asks first, closing the
/// tab asks the browser's question, and a draft kept in the browser comes back after the connection or the tab is lost.
/// </summary>
public sealed class UnsavedLessonTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task EditedLesson_LeavingAsksFirst_ClosingAsksTheBrowser_TheDraftComesBackAndIsSaved()
    {
        var (courseId, lessonId) = await new LongLessonTests(App).LessonAsync(position: 1);
        var editor = $"/authoring/courses/{courseId}/lessons/{lessonId}";
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync(editor);
        await MudField.WaitInteractiveAsync(Page);

        var marker = $"DRAF-{Guid.NewGuid():N}";
        var markdown = MudField.Of(Page, "lesson-markdown");
        await markdown.FillAsync((await markdown.InputValueAsync()) + $"\n\nTambahan {marker}");
        await Page.GetByTestId("back-to-course").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("belum disimpan");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Tetap di sini" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{editor}$"));
        await Expect(markdown).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(marker));

        // Closing the tab: the browser asks whether to leave.
        var asked = new TaskCompletionSource<string>();
        Page.Dialog += async (_, d) =>
        {
            asked.TrySetResult(d.Type);
            await d.AcceptAsync();
        };
        await Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        Assert.Equal(DialogType.BeforeUnload, await asked.Task.WaitAsync(TimeSpan.FromSeconds(15)));

        // Back in the editor: the draft is offered, restored and saved.
        var again = await Context.NewPageAsync();
        await again.GotoAsync(editor);
        await MudField.WaitInteractiveAsync(again);
        await Expect(again.GetByTestId("lesson-draft")).ToContainTextAsync("draf");
        await again.GetByTestId("restore-draft").ClickAsync();
        await Expect(MudField.Of(again, "lesson-markdown")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(marker));
        await again.GetByTestId("save-lesson").ClickAsync();
        await Expect(again.GetByText("Materi disimpan.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Contains(marker, await App.ScalarAsync("SELECT Markdown FROM Lessons WHERE Id = $id", ("$id", lessonId)));

        // Saved: no draft is offered any more, and leaving asks nothing.
        await again.ReloadAsync();
        await MudField.WaitInteractiveAsync(again);
        await Expect(again.GetByTestId("lesson-draft")).ToHaveCountAsync(0);
        await again.GetByTestId("back-to-course").ClickAsync();
        await Expect(again).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/authoring/courses/{courseId}$"));
    }
}
