using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Components.Layout;

public sealed class MobileLayoutTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData(null)]
    [InlineData(DemoAccounts.YulianaPhone)]
    [InlineData(DemoAccounts.Admin)]
    public async Task Home_At360Pixels_HasNoHorizontalScroll(string? login)
    {
        if (login is null)
        {
            await Page.GotoAsync("/");
            await Expect(Page.GetByTestId("public-home")).ToBeVisibleAsync();
        }
        else
        {
            await AppFixture.SignInAsync(Page, login);
        }

        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"The home page is {scrollWidth} px wide at a 360 px screen.");
    }
}
