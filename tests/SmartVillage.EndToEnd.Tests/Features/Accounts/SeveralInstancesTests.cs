using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Accounts;

/// <summary>Several app instances behind a load balancer share the data-protection key ring through the database.</summary>
public sealed class SeveralInstancesTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task SignIn_OnOneInstance_IsHonouredByAnotherOnTheSameDatabase()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Mentor);
        await using var second = await App.StartSecondInstanceAsync();

        await Page.GotoAsync($"{second.BaseUrl}/");

        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Selamat datang, Maria Lestari");
        await Expect(Page.GetByTestId("public-home")).ToHaveCountAsync(0);
    }
}
