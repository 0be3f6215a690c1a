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
        // The continue button reads the database; ContinueLearningButtonTests cover it against a real one.
        ComponentFactories.AddStub<ContinueLearningButton>("<a data-testid=\"continue-learning-stub\"></a>");
        // The village link reads the account from the database (its own browser test follows it to the pekon).
        ComponentFactories.AddStub<MyVillageButton>("<a data-testid=\"my-village\" href=\"/directory/villages/stub\"></a>");
        // So do the evaluation offers; EvaluationServiceTests cover what they offer.
        ComponentFactories.AddStub<SmartVillage.Learning.Features.Evaluations.EvaluationOffers>();
        // The page marks its title once its circuit is live (browser tests wait on it).
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
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
    public void HomePage_Official_OffersPasskeyAndOwnVillage()
    {
        SignIn("Siti Rahmawati", Roles.Official);

        var card = Render<HomePage>().Find("[data-testid=home-official]");

        var hrefs = card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/Account/Manage/Passkeys", hrefs);
        Assert.Single(card.QuerySelectorAll("[data-testid=my-village]"));
    }

    [Fact]
    public void HomePage_Official_CardHoldsTheContinueButton()
    {
        SignIn("Siti Rahmawati", Roles.Official);

        var card = Render<HomePage>().Find("[data-testid=home-official]");

        Assert.NotNull(card.QuerySelector("[data-testid=continue-learning-stub]"));
    }

    [Fact]
    public void HomePage_Trainer_HasNoContinueButton()
    {
        SignIn("Hendra Saputra", Roles.Trainer);

        Assert.Empty(Render<HomePage>().FindAll("[data-testid=continue-learning-stub]"));
    }

    [Fact]
    public void HomePage_TwoRoles_ShowsBothCards()
    {
        SignIn("Hendra Saputra", Roles.Trainer, Roles.Admin);

        Assert.Equal(["home-trainer", "home-admin"], CardsShown(Render<HomePage>()));
    }

    [Fact]
    public void HomePage_ReviewerScopedToTanggamus_LinksToTheRegency()
    {
        SignIn("Rina Marlina", Roles.Reviewer);
        Authorization.SetClaims(new(FullNameClaim.Type, "Rina Marlina"), new(ReviewerScopeClaim.Type, "18.06"));

        var card = Render<HomePage>().Find("[data-testid=home-reviewer]");

        Assert.Contains("18.06", card.TextContent);
        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/regions/18.06");
    }

    [Fact]
    public void HomePage_ProvinceWideReviewer_LinksToAllRegions()
    {
        SignIn("Ahmad Fauzi", Roles.Reviewer);

        var card = Render<HomePage>().Find("[data-testid=home-reviewer]");

        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/regions");
        Assert.DoesNotContain(card.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/regions/"));
    }
}
