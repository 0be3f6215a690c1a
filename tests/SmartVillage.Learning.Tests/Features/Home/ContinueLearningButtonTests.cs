using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Home;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Tests.Features.Learning;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Home;

/// <summary>The home page's one tap back into learning, against a real database.</summary>
public class ContinueLearningButtonTests : MudTestContext, IAsyncLifetime
{
    private readonly LearningWorld world = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await world.InitializeAsync();
        Services.AddSingleton(world.Learning);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await world.DisposeAsync();
        await DisposeAsync();
    }

    private void SignInAs(string userId, string fullName)
    {
        SignIn(fullName, Roles.Official);
        Authorization.SetClaims(new Claim(FullNameClaim.Type, fullName), new Claim(ClaimTypes.NameIdentifier, userId));
    }

    [Fact]
    public async Task ContinueLearning_PartWayThrough_SaysCourseAndLesson3Of5()
    {
        var siti = await world.OfficialAsync();
        await world.Learning.SelfEnrollAsync(siti, LearningWorld.Apbdes);
        await world.ReadAsync(siti, LearningWorld.Apbdes, LearningWorld.ApbdesLessons[0], LearningWorld.ApbdesLessons[1]);
        await world.OpenAsync(siti, LearningWorld.Apbdes, LearningWorld.ApbdesLessons[2]);
        SignInAs(siti, "Siti Rahmawati");

        var button = Render<ContinueLearningButton>();

        button.WaitForAssertion(() =>
        {
            var link = button.Find("[data-testid=continue-learning]");
            Assert.Equal("Lanjutkan: Pengelolaan APBDes dengan Siskeudes — Materi 3 dari 5", link.TextContent.Trim());
            Assert.Equal($"/courses/{LearningWorld.Apbdes}/lessons/{LearningWorld.ApbdesLessons[2]}", link.GetAttribute("href"));
        });
    }

    [Fact]
    public async Task ContinueLearning_NothingStarted_LinksToTheCatalog()
    {
        var rudi = await world.OfficialAsync("Rudi Hartono");
        SignInAs(rudi, "Rudi Hartono");

        var button = Render<ContinueLearningButton>();

        button.WaitForAssertion(() => Assert.Equal("/catalog", button.Find("[data-testid=open-catalog]").GetAttribute("href")));
        Assert.Empty(button.FindAll("[data-testid=continue-learning]"));
    }
}
