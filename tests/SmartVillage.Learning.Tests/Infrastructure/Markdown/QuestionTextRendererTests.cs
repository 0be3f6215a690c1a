using Microsoft.Extensions.Options;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Infrastructure.Markdown;

namespace SmartVillage.Learning.Tests.Infrastructure.Markdown;

/// <summary>Moodle's four text formats as an official's page shows them, through the app's one sanitizer.</summary>
public sealed class QuestionTextRendererTests
{
    private readonly QuestionTextRenderer _renderer = new(Options.Create(new QuestionContentOptions { ImageHosts = ["lms.lampungprov.go.id"] }));

    [Fact]
    public void Html_IsKeptAndSanitized()
    {
        var html = _renderer.ToHtml("<p>Siapa <b>menetapkan</b> APBDes?</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">klik</a>", TextFormat.Html);

        Assert.Contains("<p>Siapa <b>menetapkan</b> APBDes?</p>", html);
        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void Markdown_GoesThroughTheLessonsPipeline() =>
        Assert.Equal("<p>Dana <strong>Desa</strong> dari <em>APBN</em></p>", _renderer.ToHtml("Dana **Desa** dari *APBN*", TextFormat.Markdown).Trim());

    [Fact]
    public void MoodleAutoFormat_KeepsLineBreaksAndItsHtml()
    {
        var html = _renderer.ToHtml("Baris satu\nBaris <b>dua</b>", TextFormat.Moodle);

        Assert.Contains("Baris satu<br>", html);
        Assert.Contains("Baris <b>dua</b>", html);
        Assert.StartsWith("<div>", html);
    }

    [Fact]
    public void Plain_IsShownAsWritten() =>
        Assert.Equal("&lt;b&gt;tebal&lt;/b&gt; **bukan**<br>\nbaris", _renderer.ToHtml("<b>tebal</b> **bukan**\nbaris", TextFormat.Plain));

    [Fact]
    public void Images_OnlyTheQuestionsOwnFilesAndAllowedHostsStay()
    {
        var html = _renderer.ToHtml(
            "<img src=\"@@PLUGINFILE@@/peta%20desa.png\" alt=\"peta\"><img src=\"https://pelacak.example/pixel.gif\"><img src=\"http://lms.lampungprov.go.id/a.png\"><img src=\"https://lms.lampungprov.go.id/b.png\"><img src=\"data:image/png;base64,AAAA\"><img src=\"/questions/99/files/lain.png\">",
            TextFormat.Html, bankQuestionId: 7);

        Assert.Contains("src=\"/questions/7/files/peta%20desa.png\"", html);
        Assert.Contains("src=\"https://lms.lampungprov.go.id/b.png\"", html);
        Assert.DoesNotContain("pelacak.example", html);
        Assert.DoesNotContain("http://lms", html);
        Assert.DoesNotContain("data:", html);
        Assert.Equal(3, html.Split("<img").Length - 1);
    }

    [Fact]
    public void QuestionFileWithoutAQuestion_IsDropped() =>
        Assert.DoesNotContain("<img", _renderer.ToHtml("<img src=\"@@PLUGINFILE@@/peta.png\">", TextFormat.Html));

    [Fact]
    public void Inline_LoneParagraphLosesItsBlock() =>
        Assert.Equal("Dana <strong>Desa</strong>", _renderer.ToInlineHtml("Dana **Desa**", TextFormat.Markdown));

    [Theory]
    [InlineData("<p>Kaur <b>Keuangan</b></p>", TextFormat.Html, "Kaur Keuangan")]
    [InlineData("Kaur **Keuangan**", TextFormat.Markdown, "Kaur Keuangan")]
    [InlineData("Kaur\nKeuangan", TextFormat.Moodle, "Kaur Keuangan")]
    public void PlainText_ForPlacesThatCannotHoldMarkup(string text, TextFormat format, string expected) =>
        Assert.Equal(expected, _renderer.ToPlainText(text, format));

    [Fact]
    public void Markdown_ForThePdf_KeepsBoldItalicParagraphsAndNamesImages() =>
        Assert.Equal("Siapa **menetapkan** *APBDes*?\n\n[gambar: peta]", _renderer.ToMarkdown("<p>Siapa <b>menetapkan</b> <i>APBDes</i>?</p><p><img src=\"https://lms.lampungprov.go.id/p.png\" alt=\"peta\"></p>", TextFormat.Html));
}
