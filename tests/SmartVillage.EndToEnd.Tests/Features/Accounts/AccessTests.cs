using System.Text.RegularExpressions;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Accounts;

public sealed class AccessTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/officials/import")]
    public async Task AdminPage_OpenedByOfficial_ShowsRefusalNotThePage(string path)
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RudiPhone);

        await Page.GotoAsync(path);

        await Expect(Page.GetByTestId("access-refused")).ToContainTextAsync("Halaman ini bukan untuk peran Anda");
        await Expect(Page.GetByTestId("user-table")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("new-user")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("upload-roster")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AdminPage_OpenedByAdmin_ShowsThePage()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);

        await Page.GotoAsync("/admin/users");

        await Expect(Page.GetByTestId("user-table")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("access-refused")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Regions_AnonymousVisitor_IsSentToSignIn()
    {
        await Page.GotoAsync("/regions");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/Account/Login\?returnUrl=.*regions", RegexOptions.IgnoreCase));
        await Expect(Page.GetByTestId("login-submit")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("regency-table")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Regions_AnonymousVisitorSignsIn_ReturnsToRegions()
    {
        await Page.GotoAsync("/regions");
        await Page.Locator("[id='Input.Login']").FillAsync(DemoAccounts.ProvinceReviewer);
        await Page.Locator("[id='Input.Password']").FillAsync(DemoAccounts.Password);
        await Page.GetByTestId("login-submit").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/regions$"));
        await Expect(Page.GetByTestId("regency-table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_ReturnUrlOnAnotherSite_LandsOnHomeInstead()
    {
        await Page.GotoAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fexample.com%2F");
        await Page.Locator("[id='Input.Login']").FillAsync(DemoAccounts.Mentor);
        await Page.Locator("[id='Input.Password']").FillAsync(DemoAccounts.Password);
        await Page.GetByTestId("login-submit").ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{App.BaseUrl}/");
        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Selamat datang, Maria Lestari");
    }
}
