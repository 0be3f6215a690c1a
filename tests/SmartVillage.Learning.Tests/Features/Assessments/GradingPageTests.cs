using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Assessments.Grading;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>The grading page as Pak Hendra and as another trainer, against the grading world's database.</summary>
public class GradingPageTests : MudTestContext, IClassFixture<GradingWorld>
{
    private readonly GradingWorld world;

    public GradingPageTests(GradingWorld world)
    {
        this.world = world;
        Services.AddSingleton(world.Grading());
        Services.AddSingleton<IValidator<EssayGradeForm>>(new EssayGradeFormValidator());
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private void SignInAs(Actor editor, string role)
    {
        SignIn("Pengguna Uji", role);
        Authorization.SetClaims(new Claim(FullNameClaim.Type, "Pengguna Uji"), new Claim(ClaimTypes.NameIdentifier, editor.UserId));
    }

    private static IElement Input(IElement field) => field.TagName == "INPUT" || field.TagName == "TEXTAREA" ? field : field.QuerySelector("input, textarea")!;

    [Fact]
    public async Task Trainer_SeesTheAnswer_SavingWithoutPointsIsRefusedOnTheField_ThenAValidGradeLeavesTheQueue()
    {
        var official = world.Attempts.Officials[14];
        var name = await world.Attempts.Database.QueryAsync(db => db.Users.Where(u => u.Id == official).Select(u => u.FullName).SingleAsync());
        var attemptId = await world.TakeAllRightAsync(official, world.Attempts.PostTestId, "Kami memasang baliho APBDes di balai pekon.");
        SignInAs(world.Hendra, Roles.Trainer);

        var page = Render<GradingPage>(p => p.Add(x => x.CourseId, world.CourseId));
        IElement Card() => page.FindAll("[data-testid=essay-card]").Single(c => c.QuerySelector("[data-testid=essay-official]")!.TextContent == name);
        page.WaitForAssertion(() => Assert.Contains("Kami memasang baliho APBDes di balai pekon.", Card().QuerySelector("[data-testid=essay-answer]")!.TextContent));

        Card().QuerySelector("[data-testid=essay-save]")!.Click();

        page.WaitForAssertion(() => Assert.Contains("Isi nilai esai ini.", Card().TextContent));
        Assert.Null(await FractionAsync(attemptId));

        Input(Card().QuerySelector("[data-testid=essay-points]")!).Change("1");
        Input(Card().QuerySelector("[data-testid=essay-comment]")!).Change("Nyata dan jelas.");
        Card().QuerySelector("[data-testid=essay-save]")!.Click();

        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=essay-official]"), e => e.TextContent == name));
        Assert.Equal(1m, await FractionAsync(attemptId));
    }

    [Fact]
    public void EssayCard_QuestionInHtml_ShowsItsFormattingButNeverMarkupFromTheOfficial()
    {
        SignInAs(world.Hendra, Roles.Trainer);
        var essay = new EssayToGrade(1, 1, world.Attempts.PostTestId, "Post-test", QuizPurpose.PostTest, "Siti", null, null,
            "<p>Ceritakan <b>satu kendala</b> penyusunan APBDes.</p><script>alert(1)</script>", "<b>Jaringan</b> putus", 1, null)
        {
            QuestionFormat = TextFormat.Html,
        };

        var card = Render<EssayGradeCard>(p => p.Add(x => x.Essay, essay));

        Assert.Equal("satu kendala", card.Find("[data-testid=essay-question-text] b").TextContent);
        Assert.Empty(card.FindAll("[data-testid=essay-question-text] script"));
        // The official's answer is text as typed: no markup of hers becomes markup on the trainer's screen.
        Assert.Contains("<b>Jaringan</b> putus", card.Find("[data-testid=essay-answer]").TextContent);
    }

    [Fact]
    public void AnotherTrainer_IsRefused_WithTheReason()
    {
        SignInAs(world.Dewi, Roles.Trainer);

        var page = Render<GradingPage>(p => p.Add(x => x.CourseId, world.CourseId));

        page.WaitForAssertion(() => Assert.Equal(CourseAccess.RefusedMessage, page.Find("[data-testid=grading-refusal]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=essay-card]"));
    }

    private Task<decimal?> FractionAsync(long attemptId) => world.Attempts.Database.QueryAsync(db =>
        db.AttemptQuestions.Where(q => q.AttemptId == attemptId && q.Number == 17).Select(q => q.Fraction).SingleAsync());
}
