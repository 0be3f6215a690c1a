using Bunit;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Components.Layout;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Components.Layout;

public class NavMenuMentoringTests : MudTestContext
{
    private IReadOnlyList<string> Hrefs() => Render<NavMenu>().FindAll("a").Select(a => a.GetAttribute("href") ?? "").ToList();

    [Fact]
    public void NavMenu_Official_SeesPlansAndObstaclesButNotTheMentorDesk()
    {
        SignIn("Andi Wijaya", Roles.Official);

        var hrefs = Hrefs();

        Assert.Contains("/my/plans", hrefs);
        Assert.Contains("/my/obstacles", hrefs);
        Assert.DoesNotContain("/mentor", hrefs);
        Assert.DoesNotContain("/admin/mentors", hrefs);
    }

    [Fact]
    public void NavMenu_Mentor_SeesTheMentorDeskOnly()
    {
        SignIn("Maria Lestari", Roles.Mentor);

        var hrefs = Hrefs();

        Assert.Contains("/mentor", hrefs);
        Assert.DoesNotContain("/my/plans", hrefs);
        Assert.DoesNotContain("/admin/mentors", hrefs);
    }

    [Fact]
    public void NavMenu_Admin_SeesMentorAssignments()
    {
        SignIn("Admin SmartVillage", Roles.Admin);

        Assert.Contains("/admin/mentors", Hrefs());
    }
}
