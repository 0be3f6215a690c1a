using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>The trainer's question bank page against a real database holding the content's pre-tests and post-tests.</summary>
public class QuestionBankPageTests : MudTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;
    private AsyncServiceScope scope;
    private int courseId;

    async Task IAsyncLifetime.InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        scope = database.Services.CreateAsyncScope();
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<AuthoringService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<QuestionBankService>());
        // The page says when it is interactive (InteractiveMarker): render it as the circuit does.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        courseId = await database.QueryAsync(db => db.Courses.Where(c => c.Slug == "pengelolaan-apbdes-siskeudes").Select(c => c.Id).SingleAsync());
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

    [Fact]
    public void Page_Admin_SeesPreTestAndPostTestCategoriesAndTheDownload()
    {
        SignInAs("admin-1", Roles.Admin);

        var page = Render<QuestionBankPage>(p => p.Add(x => x.CourseId, courseId));

        page.WaitForAssertion(() =>
        {
            var headings = page.FindAll("h2").Select(h => h.TextContent).ToList();
            Assert.Contains(headings, h => h.StartsWith("Post-test"));
            Assert.Contains(headings, h => h.StartsWith("Pre-test"));
            Assert.Equal($"/authoring/courses/{courseId}/questions.gift", page.Find("[data-testid=download-gift]").GetAttribute("href"));
            Assert.Equal($"/authoring/courses/{courseId}/questions.xml", page.Find("[data-testid=download-xml]").GetAttribute("href"));
        });
    }

    [Fact]
    public void Page_TrainerOfAnotherCourse_IsRefused()
    {
        SignInAs("trainer-x", Roles.Trainer);

        var page = Render<QuestionBankPage>(p => p.Add(x => x.CourseId, courseId));

        page.WaitForAssertion(() => Assert.Equal(CourseAccess.RefusedMessage, page.Find("[data-testid=bank-refusal]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=upload-gift]"));
    }
}
