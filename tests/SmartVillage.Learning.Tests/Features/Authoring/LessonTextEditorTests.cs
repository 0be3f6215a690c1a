using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Authoring;

public class LessonTextEditorTests : MudTestContext
{
    public LessonTextEditorTests() => Services.AddSingleton<MarkdownRenderer>();

    [Fact]
    public void LessonTextEditor_TypingAHeading_PreviewShowsItAsH2()
    {
        var typed = "";
        var editor = Render<LessonTextEditor>(p => p
            .Add(e => e.Markdown, "")
            .Add(e => e.MarkdownChanged, (string value) => typed = value));

        editor.Find("textarea").Input("## Judul\n\nIsi **penting**.");

        editor.WaitForAssertion(() =>
        {
            Assert.Equal("Judul", editor.Find("[data-testid=lesson-preview] h2").TextContent);
            Assert.Equal("penting", editor.Find("[data-testid=lesson-preview] strong").TextContent);
        }, TimeSpan.FromSeconds(5));
        // The preview wears the reader's styles, so the trainer sees the lesson as officials will.
        Assert.Contains("sv-lesson", editor.Find("[data-testid=lesson-preview]").ClassList);
        Assert.Equal("## Judul\n\nIsi **penting**.", typed);
    }

    [Fact]
    public void MarkdownPreview_RawHtml_IsNotPassedThrough()
    {
        var preview = Render<MarkdownPreview>(p => p.Add(e => e.Markdown, "<script>alert(1)</script>\n\n# Aman"));

        Assert.Empty(preview.FindAll("script"));
        Assert.Equal("Aman", preview.Find("h1").TextContent);
    }
}
