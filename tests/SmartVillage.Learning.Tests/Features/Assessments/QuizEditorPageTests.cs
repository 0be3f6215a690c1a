using System.Security.Claims;
using Bunit;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Features.Assessments.Quizzes;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>The trainer's quiz editor against a real database holding the content's courses and banks.</summary>
public class QuizEditorPageTests : MudTestContext, IAsyncLifetime
{
    private const string AdminId = "admin-1";

    /// <summary>Each action is a real database round trip; the whole suite runs in parallel on two cores.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private TestDatabase database = null!;
    private AsyncServiceScope scope;
    private int courseId;
    private int quizId;

    async Task IAsyncLifetime.InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        scope = database.Services.CreateAsyncScope();
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<QuizService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<IValidator<QuizSettingsForm>>());
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        // Selects and date pickers need the popover provider the layout hosts; one per test.
        Render<MudPopoverProvider>();
        courseId = await database.QueryAsync(db => db.Courses.Where(c => c.Slug == DemoCourses.SitiCourseSlug).Select(c => c.Id).SingleAsync());
        quizId = await scope.ServiceProvider.GetRequiredService<QuizService>()
            .CreateAsync(Actor.Admin(AdminId), courseId, "Latihan APBDes", QuizPurpose.Practice);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await scope.DisposeAsync();
        await database.DisposeAsync();
        await DisposeAsync();
    }

    private void SignInAs(string userId, string role)
    {
        SignIn("Pengguna Uji", role);
        Authorization.SetClaims(new Claim(FullNameClaim.Type, "Pengguna Uji"), new Claim(ClaimTypes.NameIdentifier, userId));
    }

    /// <summary>The editor, once it has loaded the quiz.</summary>
    private IRenderedComponent<QuizEditorPage> RenderEditor()
    {
        var page = Render<QuizEditorPage>(p => p.Add(x => x.CourseId, courseId).Add(x => x.QuizId, quizId));
        page.WaitForElement("[data-testid=save-quiz-settings]", Patience);
        return page;
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<QuizEditorPage> page, string testId) =>
        page.Find($"[data-testid={testId}] input, input[data-testid={testId}]");

    private Task<Quiz> StoredAsync() => database.QueryAsync(db => db.Quizzes.AsNoTracking().Include(q => q.Slots).SingleAsync(q => q.Id == quizId));

    [Fact]
    public async Task SaveSettings_OutOfRange_ShowsTheIndonesianMessagesOnTheFormAndSavesNothing()
    {
        SignInAs(AdminId, Roles.Admin);
        var page = RenderEditor();

        Input(page, "quiz-time-limit").Change("2000");
        Input(page, "quiz-attempts").Change("101");
        Input(page, "quiz-passing-score").Change("150");
        await page.Find("[data-testid=save-quiz-settings]").ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            Assert.Contains(QuizSettingsFormValidator.TimeLimitMessage, page.Markup);
            Assert.Contains(QuizSettingsFormValidator.AttemptsMessage, page.Markup);
            Assert.Contains(QuizSettingsFormValidator.PassingScoreMessage, page.Markup);
        }, Patience);
        var stored = await StoredAsync();
        Assert.Equal(((int?)null, 0, 70), (stored.TimeLimitMinutes, stored.AttemptsAllowed, stored.PassingScore));
    }

    [Fact]
    public async Task SaveSettings_Valid_IsSavedAndShownAfterReload()
    {
        SignInAs(AdminId, Roles.Admin);
        var page = RenderEditor();

        Input(page, "quiz-time-limit").Change("20");
        Input(page, "quiz-passing-score").Change("80");
        await page.Find("[data-testid=save-quiz-settings]").ClickAsync(new());

        await WaitForAsync(async () => (await StoredAsync()).TimeLimitMinutes == 20);
        Assert.Equal(80, (await StoredAsync()).PassingScore);
        var again = RenderEditor();
        Assert.Equal("20", Input(again, "quiz-time-limit").GetAttribute("value"));
        Assert.Equal("80", Input(again, "quiz-passing-score").GetAttribute("value"));
    }

    [Fact]
    public async Task Publish_EmptyQuiz_ShowsTheQuizsReasonOnThePage()
    {
        SignInAs(AdminId, Roles.Admin);
        var page = RenderEditor();

        await page.Find("[data-testid=publish-quiz]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(Quiz.NoSlotsMessage, page.Find("[data-testid=quiz-problem]").TextContent.Trim()), Patience);
        Assert.Equal("Draf", page.Find("[data-testid=quiz-status]").TextContent.Trim());
        Assert.Equal(QuizStatus.Draft, (await StoredAsync()).Status);
    }

    [Fact]
    public async Task Picker_SearchAndAdd_PutsTheQuestionInTheSlotTableWithItsTypeAndCategory()
    {
        SignInAs(AdminId, Roles.Admin);
        var page = RenderEditor();
        Assert.True(page.FindAll("[data-testid=picker-question]").Count > 1);

        Input(page, "picker-search").Input("pre-01");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=picker-question]")), Patience);
        var match = page.Find("[data-testid=picker-question]");
        Assert.Contains("PRE-01 Struktur APBDes", match.TextContent);
        await match.QuerySelector("[data-testid=picker-add]")!.ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            var row = Assert.Single(page.FindAll("[data-testid=slot-table] tbody tr"));
            Assert.Contains("PRE-01 Struktur APBDes", row.TextContent);
            Assert.Contains("Pre-test", row.TextContent);
            Assert.Contains("Pilihan ganda", row.TextContent);
        }, Patience);
        Assert.Single((await StoredAsync()).Slots);
        page.WaitForAssertion(() => Assert.Equal("Sudah ada", page.Find("[data-testid=picker-question] [data-testid=picker-add]").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Editor_TrainerOfAnotherCourse_IsRefused()
    {
        SignInAs("trainer-x", Roles.Trainer);

        var page = Render<QuizEditorPage>(p => p.Add(x => x.CourseId, courseId).Add(x => x.QuizId, quizId));

        page.WaitForAssertion(() => Assert.Equal(CourseAccess.RefusedMessage, page.Find("[data-testid=quiz-refusal]").TextContent.Trim()), Patience);
        Assert.Empty(page.FindAll("[data-testid=save-quiz-settings]"));
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail("The change never reached the database.");
    }
}
