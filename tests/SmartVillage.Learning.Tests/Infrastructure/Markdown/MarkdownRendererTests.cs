using AngleSharp.Html.Parser;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Tests.Infrastructure.Markdown;

public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void ToHtml_ATable_SitsInAFocusableLabelledScrollBox()
    {
        var html = Renderer.ToHtml("| Kode | Uraian |\n|---|---|\n| 1.1 | Penghasilan tetap |\n");

        var box = new HtmlParser().ParseDocument(html).QuerySelector("div.sv-table-scroll")!;

        Assert.Equal("region", box.GetAttribute("role"));
        Assert.Equal("0", box.GetAttribute("tabindex"));
        Assert.Equal(MarkdownRenderer.TableRegionLabel, box.GetAttribute("aria-label"));
        Assert.Equal("TABLE", box.FirstElementChild!.TagName);
    }

    [Fact]
    public void ToHtml_TwoTables_EachHasItsOwnBox()
    {
        var html = Renderer.ToHtml("| a |\n|---|\n| 1 |\n\nteks\n\n| b |\n|---|\n| 2 |\n");

        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(2, document.QuerySelectorAll("div.sv-table-scroll > table").Length);
        Assert.Empty(document.QuerySelectorAll("table:not(div.sv-table-scroll > table)"));
    }

    [Fact]
    public void ToHtml_RawHtmlTableInTheSource_IsNotPassedThrough()
    {
        var html = Renderer.ToHtml("<table onclick=\"alert(1)\"><tr><td>x</td></tr></table>");

        // Shown as text, never as an element: no table, no scroll box, no handler.
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("table, [onclick], .sv-table-scroll"));
    }
}
