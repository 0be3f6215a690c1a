using Bunit;
using Microsoft.AspNetCore.Components;
using SmartVillage.Learning.Shared.Components;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Shared.Components;

/// <summary>
/// The shared pieces that replaced MudBlazor markup axe-core refused: what a screen reader is told, which a person using
/// one notices (the browser tests run axe itself over the pages, AccessibilityTests).
/// </summary>
public class AccessibleMarkupTests : MudTestContext
{
    [Fact]
    public void PageTrail_AncestorsAreLinks_ThePageItselfIsCurrentText_NeverALinkToHash()
    {
        var trail = Render<PageTrail>(p => p.Add(c => c.Items, [new Crumb("Wilayah", "/regions"), new Crumb("Kabupaten Tanggamus")]));

        Assert.Equal("Jejak halaman", trail.Find("nav").GetAttribute("aria-label"));
        var link = Assert.Single(trail.FindAll("a"));
        Assert.Equal(("Wilayah", "/regions"), (link.TextContent, link.GetAttribute("href")));
        var current = trail.Find("[aria-current=page]");
        Assert.Equal(("SPAN", "Kabupaten Tanggamus"), (current.TagName, current.TextContent));
    }

    [Fact]
    public void ScrollRegion_IsANamedRegionTheKeyboardCanReach()
    {
        var box = Render<ScrollRegion>(p => p.Add(c => c.Label, "Tabel laporan per wilayah")
            .AddChildContent("<table><tr><td>1</td></tr></table>")).Find("div.sv-table-scroll");

        Assert.Equal(("region", "0", "Tabel laporan per wilayah"), (box.GetAttribute("role"), box.GetAttribute("tabindex"), box.GetAttribute("aria-label")));
        Assert.NotNull(box.QuerySelector("table"));
    }

    [Fact]
    public void PlainList_IsAListOfItems_NotAListboxOfOptions_AndAnItemWithHrefIsOneLink()
    {
        var list = Render<PlainList>(p => p.AddChildContent<PlainListItem>(item => item
            .Add(i => i.Href, "/authoring/courses/7/grading")
            .Add(i => i.ChildContent, (RenderFragment)(b => b.AddContent(0, "Pengelolaan APBDes")))));

        Assert.Equal("UL", list.Find(".sv-list").TagName);
        Assert.Empty(list.FindAll("[role=listbox], [role=option]"));
        var link = list.Find("li > a");
        Assert.Equal(("/authoring/courses/7/grading", "Pengelolaan APBDes"), (link.GetAttribute("href"), link.TextContent.Trim()));
    }
}
