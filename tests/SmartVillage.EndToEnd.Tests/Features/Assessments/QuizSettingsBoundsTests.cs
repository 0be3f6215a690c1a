using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Pak Hendra mistypes the pre-test's settings: numbers too big for any field are refused in Indonesian on the field,
/// and nothing is saved; the 15-minute, single-attempt pre-test stays what it was.
/// </summary>
public sealed class QuizSettingsBoundsTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("quiz-time-limit", "99999999999", "Batas waktu antara 1 dan 600 menit")]
    [InlineData("quiz-attempts", "2147483648", "Jumlah percobaan antara 0 (tanpa batas) dan 20")]
    [InlineData("quiz-passing-score", "101", "Nilai lulus antara 0 dan 100")]
    [InlineData("quiz-time-limit", "12,5", "bilangan bulat")]
    public async Task OutOfRangeSetting_IsRefusedOnItsField_NothingSaved(string field, string typed, string message)
    {
        var quizId = await App.ScalarAsync("""
            SELECT q.Id FROM Quizzes q JOIN Courses c ON c.Id = q.CourseId
            WHERE c.Slug = 'manajemen-proyek-pembangunan-desa' AND q.Purpose = 'PreTest'
            """);
        var courseId = await App.ScalarAsync("SELECT Id FROM Courses WHERE Slug = 'manajemen-proyek-pembangunan-desa'");
        var before = await SettingsAsync(quizId!);
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync($"/authoring/courses/{courseId}/quizzes/{quizId}");
        await MudField.WaitInteractiveAsync(Page);

        await MudField.Of(Page, field).FillAsync(typed);
        await Page.GetByTestId("save-quiz-settings").ClickAsync();
        await Expect(Page.GetByText(message, new() { Exact = false })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Not a valid number")).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Pengaturan kuis disimpan.")).ToHaveCountAsync(0);
        Assert.Equal(before, await SettingsAsync(quizId!));
        Assert.Equal("15|1|70", before);
    }

    private Task<string?> SettingsAsync(string quizId) =>
        App.ScalarAsync("SELECT TimeLimitMinutes || '|' || AttemptsAllowed || '|' || PassingScore FROM Quizzes WHERE Id = $id", ("$id", quizId));
}
