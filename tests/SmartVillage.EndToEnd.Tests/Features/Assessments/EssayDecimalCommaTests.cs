using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Ika Rahmawati writes the essay of the Manajemen Proyek post-test; Pak Hendra grades it typing points the Indonesian way
/// (<c>0,8</c>): it means 0.8, and a value past the question's mark is refused, not rounded.
/// </summary>
public sealed class EssayDecimalCommaTests(AppFixture app) : BrowserTest(app)
{
    private const string OfficialPhone = DemoAccounts.EssayOfficialPhone;

    [Fact]
    public async Task EssayPoints_TypedWithADecimalComma_AreThatValue_TooManyAreRefused()
    {
        await AppFixture.SignInAsync(Page, OfficialPhone);
        await Page.GotoAsync("/courses/manajemen-proyek-pembangunan-desa");
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await Page.GetByTestId("enroll").ClickAsync();
        await Page.Locator("[data-testid=quiz-card][data-purpose=PostTest]").GetByTestId("quiz-start").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mulai sekarang" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        await Expect(Page.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        var essay = Page.Locator("[data-testid=attempt-question]").Filter(new() { Has = Page.Locator("textarea") }).Last;
        await essay.Locator("textarea").FillAsync("Kami bentuk TPK, susun RAB dari harga survei toko setempat, dan pasang papan informasi kegiatan.");
        await Expect(essay.GetByTestId("saved")).ToBeVisibleAsync();
        await Page.GetByTestId("submit").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kumpulkan" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));

        await using var trainerContext = await App.NewContextAsync();
        var trainer = await trainerContext.NewPageAsync();
        await AppFixture.SignInAsync(trainer, DemoAccounts.Trainer);
        await trainer.GotoAsync("/authoring/grading");
        await trainer.GetByTestId("inbox-course").Filter(new() { HasText = "Manajemen Proyek" }).ClickAsync();
        await MudField.WaitInteractiveAsync(trainer);
        var card = trainer.GetByTestId("essay-card").Filter(new() { HasText = "Ika Rahmawati" });
        var mark = decimal.Parse((await App.ScalarAsync("""
            SELECT q.Mark FROM AttemptQuestions q JOIN QuizAttempts a ON a.Id = q.AttemptId JOIN AspNetUsers u ON u.Id = a.UserId
            WHERE u.UserName = '+6281270000137' AND q.Type = 'Essay'
            """))!, System.Globalization.CultureInfo.InvariantCulture);
        var points = MudField.Of(card, "essay-points");

        // More than the mark: refused with the range, nothing saved.
        await points.FillAsync((mark + 0.5m).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("id-ID")));
        await card.GetByTestId("essay-save").ClickAsync();
        await Expect(card).ToContainTextAsync("Nilai antara 0 dan");
        Assert.Null(await FractionAsync());

        // 0,8 of it, typed the Indonesian way.
        var typed = mark * 0.8m;
        await points.FillAsync(typed.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("id-ID")));
        await points.BlurAsync();
        await Expect(points).ToHaveValueAsync(typed.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("id-ID")));
        await card.GetByTestId("essay-save").ClickAsync();
        await Expect(trainer.GetByText(new Regex("disimpan"))).ToBeVisibleAsync();
        Assert.Equal(0.8m, decimal.Parse((await FractionAsync())!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<string?> FractionAsync() => App.ScalarAsync("""
        SELECT q.Fraction FROM AttemptQuestions q JOIN QuizAttempts a ON a.Id = q.AttemptId JOIN AspNetUsers u ON u.Id = a.UserId
        WHERE u.UserName = '+6281270000137' AND q.Type = 'Essay' AND q.GradedById IS NOT NULL
        """);
}
