using Bunit;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Home;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Home;

public class HomePageTests : MudTestContext
{
    public HomePageTests()
    {
        // Each role's day reads the database; HomeServiceTests and the browser's HomeTests cover them against real ones.
        ComponentFactories.AddStub<OfficialToday>("<div data-testid=\"home-official\"></div>");
        ComponentFactories.AddStub<TrainerToday>("<div data-testid=\"home-trainer\"></div>");
        ComponentFactories.AddStub<MentorToday>("<div data-testid=\"home-mentor\"></div>");
        ComponentFactories.AddStub<ReviewerToday>("<div data-testid=\"home-reviewer\"></div>");
        ComponentFactories.AddStub<AdminToday>("<div data-testid=\"home-admin\"></div>");
        // So do the evaluation offers; EvaluationServiceTests cover what they offer.
        ComponentFactories.AddStub<SmartVillage.Learning.Features.Evaluations.EvaluationOffers>();
    }

    private static readonly string[] Cards = ["home-official", "home-trainer", "home-mentor", "home-reviewer", "home-admin"];

    private static IReadOnlyList<string> CardsShown(IRenderedComponent<HomePage> page) =>
        Cards.Where(id => page.FindAll($"[data-testid={id}]").Count > 0).ToList();

    [Fact]
    public void HomePage_Anonymous_ShowsPublicWelcomeAndSignIn()
    {
        var page = Render<HomePage>();

        Assert.Equal("Belajar untuk pekon yang cerdas", page.Find("[data-testid=public-home]").TextContent.Trim());
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == "/Account/Login");
        Assert.Empty(CardsShown(page));
        Assert.Empty(page.FindAll("[data-testid=welcome]"));
    }

    [Theory]
    [InlineData(Roles.Official, "home-official")]
    [InlineData(Roles.Trainer, "home-trainer")]
    [InlineData(Roles.Mentor, "home-mentor")]
    [InlineData(Roles.Reviewer, "home-reviewer")]
    [InlineData(Roles.Admin, "home-admin")]
    public void HomePage_Role_ShowsOnlyThatRolesCard(string role, string card)
    {
        SignIn("Siti Rahmawati", role);

        var page = Render<HomePage>();

        Assert.Equal([card], CardsShown(page));
        Assert.Empty(page.FindAll("[data-testid=public-home]"));
    }

    [Fact]
    public void HomePage_Official_GreetsByFullNameFromTheClaim()
    {
        SignIn("Siti Rahmawati", Roles.Official);

        var page = Render<HomePage>();

        Assert.Equal("Selamat datang, Siti Rahmawati", page.Find("[data-testid=welcome]").TextContent.Trim());
    }

    [Fact]
    public void HomePage_TwoRoles_ShowsBothCards()
    {
        SignIn("Hendra Saputra", Roles.Trainer, Roles.Admin);

        Assert.Equal(["home-trainer", "home-admin"], CardsShown(Render<HomePage>()));
    }
}
