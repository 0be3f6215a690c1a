using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Components.Layout;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Components.Layout;

public class NavMenuTests : MudTestContext
{
    private IReadOnlyList<string> Links(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a, button").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    [Fact]
    public void NavMenu_Anonymous_OffersSignInButNoRegions()
    {
        var menu = Render<NavMenu>();

        var links = Links(menu);
        Assert.Contains("Beranda", links);
        Assert.Contains("Masuk", links);
        Assert.Contains("Katalog", links);
        Assert.DoesNotContain("Kursus saya", links);
        Assert.DoesNotContain("Wilayah", links);
        Assert.DoesNotContain("Keluar", links);
        Assert.DoesNotContain("Pengguna", links);
    }

    [Fact]
    public void NavMenu_Anonymous_SignInReturnsToTheCurrentPage()
    {
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/regions/18.06");

        var menu = Render<NavMenu>();

        var signIn = menu.FindAll("a").Single(a => a.TextContent.Trim() == "Masuk");
        Assert.Equal("/Account/Login?returnUrl=%2Fregions%2F18.06", signIn.GetAttribute("href"));
    }

    [Fact]
    public void NavMenu_Official_SeesHomeRegionsNameAndSignOutButNoAdministration()
    {
        SignIn("Siti Rahmawati", Roles.Official);

        var menu = Render<NavMenu>();

        var links = Links(menu);
        Assert.Contains("Beranda", links);
        Assert.Contains("Wilayah", links);
        Assert.Contains("Katalog", links);
        Assert.Contains("Kursus saya", links);
        Assert.Contains("Siti Rahmawati", links);
        Assert.Contains("Keluar", links);
        Assert.DoesNotContain("Masuk", links);
        Assert.DoesNotContain("Pengguna", links);
        Assert.DoesNotContain("Impor aparatur", links);
        Assert.DoesNotContain("Administrasi", menu.Markup);
    }

    [Theory]
    [InlineData(Roles.Trainer)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Reviewer)]
    public void NavMenu_StaffWithoutAdmin_SeesNoAdministration(string role)
    {
        SignIn("Hendra Saputra", role);

        var links = Links(Render<NavMenu>());

        Assert.Contains("Wilayah", links);
        Assert.DoesNotContain("Pengguna", links);
        Assert.DoesNotContain("Impor aparatur", links);
    }

    [Fact]
    public void NavMenu_Admin_SeesUsersAndOfficialsImport()
    {
        SignIn("Admin SmartVillage", Roles.Admin);

        var menu = Render<NavMenu>();

        var links = Links(menu);
        Assert.Contains("Wilayah", links);
        Assert.Contains("Pengguna", links);
        Assert.Contains("Impor aparatur", links);
        Assert.Contains("Keluar", links);
        Assert.Equal("/admin/users", menu.FindAll("a").Single(a => a.TextContent.Trim() == "Pengguna").GetAttribute("href"));
        Assert.Equal("/admin/officials/import", menu.FindAll("a").Single(a => a.TextContent.Trim() == "Impor aparatur").GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Official, "/my/calendar,/my/indicators", "/evaluations,/reports/levels,/mentor/indicators")]
    [InlineData(Roles.Trainer, "/my/calendar,/evaluations", "/reports/levels,/my/indicators")]
    [InlineData(Roles.Reviewer, "/evaluations,/reports/levels", "/my/calendar,/my/indicators")]
    [InlineData(Roles.Mentor, "/mentor/indicators", "/evaluations,/reports/levels,/my/calendar")]
    public void NavMenu_EvaluationsCalendarsAndIndicators_ForTheRolesThatUseThem(string role, string shown, string hidden)
    {
        SignIn("Siti Rahmawati", role);

        var hrefs = Render<NavMenu>().FindAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.All(shown.Split(','), href => Assert.Contains(href, hrefs));
        Assert.All(hidden.Split(','), href => Assert.DoesNotContain(href, hrefs));
    }

    [Theory]
    [InlineData(Roles.Trainer)]
    [InlineData(Roles.Admin)]
    public void NavMenu_TrainerOrAdmin_SeesCourseAuthoring(string role)
    {
        SignIn("Hendra Saputra", role);

        var menu = Render<NavMenu>();

        Assert.Equal("/authoring", menu.FindAll("a").Single(a => a.TextContent.Trim() == "Penyusunan kursus").GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Official)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Reviewer)]
    public void NavMenu_NeitherTrainerNorAdmin_SeesNoCourseAuthoring(string role)
    {
        SignIn("Siti Rahmawati", role);

        Assert.DoesNotContain("Penyusunan kursus", Links(Render<NavMenu>()));
    }

    [Fact]
    public void NavMenu_SignOut_PostsToLogout()
    {
        SignIn("Siti Rahmawati", Roles.Official);

        var form = Render<NavMenu>().Find("form");

        Assert.Equal("Account/Logout", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
    }


    [Fact]
    public void NavMenu_CatalogForEveryone_MyCoursesWhenSignedIn()
    {
        var anonymous = Render<NavMenu>();
        Assert.Equal("/catalog", anonymous.FindAll("a").Single(a => a.TextContent.Trim() == "Katalog").GetAttribute("href"));

        SignIn("Siti Rahmawati", Roles.Official);
        var signedIn = Render<NavMenu>();

        Assert.Equal("/catalog", signedIn.FindAll("a").Single(a => a.TextContent.Trim() == "Katalog").GetAttribute("href"));
        Assert.Equal("/my/courses", signedIn.FindAll("a").Single(a => a.TextContent.Trim() == "Kursus saya").GetAttribute("href"));
    }
}
