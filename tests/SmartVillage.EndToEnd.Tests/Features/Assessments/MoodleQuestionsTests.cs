using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Pak Hendra brings a Moodle XML bank with an image and formatted texts; an official taking the practice quiz made
/// from it sees bold text (not <c>**bold**</c> or <c>&lt;p&gt;</c>) and the map, while the script and the tracking image
/// in the file never reach the page; another official asking for the map gets nothing.
/// </summary>
public sealed class MoodleQuestionsTests(AppFixture app) : BrowserTest(app)
{
    // A 1×1 PNG, as Moodle embeds a picture in <file encoding="base64">.
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static string Bank(string token) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="category"><category><text>$course$/top/Uji tampilan {token}</text></category></question>
          <question type="multichoice">
            <name><text>Tampilan HTML {token}</text></name>
            <questiontext format="html"><text><![CDATA[<p>Siapa yang <b>menetapkan</b> APBDes?</p><script>document.title='diretas'</script><img src="https://pelacak.example/x.gif" alt="pelacak"><img src="@@PLUGINFILE@@/peta.png" alt="peta pekon">]]></text><file name="peta.png" path="/" encoding="base64">{Png}</file></questiontext>
            <single>true</single>
            <answer fraction="100" format="html"><text><![CDATA[Kepala Desa <strong>bersama BPD</strong>]]></text></answer>
            <answer fraction="0" format="html"><text>Camat</text><feedback format="html"><text><![CDATA[Bukan: <em>BPD</em> ikut menetapkan.]]></text></feedback></answer>
          </question>
          <question type="truefalse">
            <name><text>Tampilan Markdown {token}</text></name>
            <questiontext format="markdown"><text>Dana Desa **bersumber dari APBN**.</text></questiontext>
            <answer fraction="100"><text>true</text></answer>
            <answer fraction="0"><text>false</text></answer>
          </question>
          <question type="essay">
            <name><text>Tampilan Esai {token}</text></name>
            <questiontext format="html"><text><![CDATA[<p>Sebutkan <em>dua</em> sumber pendapatan desa.</p>]]></text></questiontext>
            <defaultgrade>1</defaultgrade>
          </question>
        </quiz>
        """;

    private static async Task InteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive").First).ToBeAttachedAsync();

    private static Task<bool> LoadedAsync(ILocator image) => image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");

    [Fact]
    public async Task MoodleXmlBank_RendersItsFormatsAndImageForTheOfficial_ScriptAndForeignImageNeverArrive()
    {
        var token = Guid.NewGuid().ToString("N")[..6];

        // Pak Hendra uploads the Moodle XML bank through the bank page's one upload button.
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring");
        await Page.GetByTestId("authored-course").First.ClickAsync();
        await Page.GetByTestId("question-bank").ClickAsync();
        await InteractiveAsync(Page);
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.GetByTestId("upload-gift").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "tampilan.xml", MimeType = "text/xml", Buffer = Encoding.UTF8.GetBytes(Bank(token)) });
        await Expect(Page.GetByTestId("gift-success")).ToContainTextAsync("3 soal diimpor dari tampilan.xml (Moodle XML)");

        // His preview shows the question as officials will see it.
        await Page.GetByTestId("bank-question").Filter(new() { HasText = $"Tampilan HTML {token}" }).GetByTestId("preview-question").ClickAsync();
        var preview = Page.GetByTestId("question-preview");
        await Expect(preview.Locator("b", new() { HasText = "menetapkan" })).ToBeVisibleAsync();
        await Expect(preview.Locator("strong", new() { HasText = "bersama BPD" })).ToBeVisibleAsync();
        await Expect(preview.Locator("img[alt='peta pekon']")).ToBeVisibleAsync();
        Assert.True(await LoadedAsync(preview.Locator("img[alt='peta pekon']")), "The trainer's preview does not load the question's image.");
        await Expect(preview.Locator("img[alt=pelacak]")).ToHaveCountAsync(0);
        await Page.GetByTestId("preview-close").ClickAsync();
        var courseTitle = (await Page.TitleAsync())["Bank soal: ".Length..];
        var slug = Regex.Match(await Page.GetByTestId("download-xml").GetAttributeAsync("download") ?? "", "^(.+)-bank-soal.xml$").Groups[1].Value;

        // A practice quiz of both questions, published.
        await Page.GetByTestId("bank-quizzes").ClickAsync();
        await InteractiveAsync(Page);
        await Page.Locator("input[data-testid='new-quiz-title'], [data-testid='new-quiz-title'] input").First.FillAsync($"Latihan tampilan {token}");
        await Page.GetByTestId("create-quiz").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+/quizzes/\d+$"));
        await InteractiveAsync(Page);
        await Page.Locator("input[data-testid='picker-search'], [data-testid='picker-search'] input").First.FillAsync(token);
        await Expect(Page.GetByTestId("picker-question")).ToHaveCountAsync(3);
        foreach (var name in new[] { "HTML", "Markdown", "Esai" })
        {
            await Page.GetByTestId("picker-question").Filter(new() { HasText = $"Tampilan {name} {token}" }).GetByTestId("picker-add").ClickAsync();
            await Expect(Page.GetByTestId("picker-question").Filter(new() { HasText = $"Tampilan {name} {token}" }).GetByTestId("picker-add")).ToHaveTextAsync("Sudah ada");
        }
        await Page.GetByTestId("publish-quiz").ClickAsync();
        await Expect(Page.GetByTestId("quiz-status")).ToHaveTextAsync("Terbit");

        // An official starts it on her phone.
        await using var officialContext = await App.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.QuizOfficialPhones[1]);
        await official.GotoAsync($"/courses/{slug}");
        await Expect(official.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await official.GetByTestId("enroll").ClickAsync();
        await official.GetByTestId("quiz-card").Filter(new() { HasText = $"Latihan tampilan {token}" }).GetByTestId("quiz-start").ClickAsync();
        await Expect(official).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        await Expect(official.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();

        var html = official.GetByTestId("attempt-question").Filter(new() { HasText = "menetapkan" });
        var markdown = official.GetByTestId("attempt-question").Filter(new() { HasText = "bersumber dari APBN" });
        await Expect(html.Locator("[data-testid=question-text] b", new() { HasText = "menetapkan" })).ToBeVisibleAsync();
        await Expect(html.Locator("label strong", new() { HasText = "bersama BPD" })).ToBeVisibleAsync();
        await Expect(markdown.Locator("[data-testid=question-text] strong", new() { HasText = "bersumber dari APBN" })).ToBeVisibleAsync();
        await Expect(html.GetByTestId("question-text")).Not.ToContainTextAsync("<p>");
        await Expect(markdown.GetByTestId("question-text")).Not.ToContainTextAsync("**");
        var map = html.Locator("img[alt='peta pekon']");
        await Expect(map).ToBeVisibleAsync();
        Assert.True(await LoadedAsync(map), "The official's attempt does not load the question's image.");
        await Expect(official.Locator("img[alt=pelacak]")).ToHaveCountAsync(0);
        await Expect(html.Locator("script")).ToHaveCountAsync(0);
        Assert.NotEqual("diretas", await official.TitleAsync());
        Assert.True(await official.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The attempt is wider than a 360 px phone.");

        // Another official asks for the map by its address: it is not hers to see.
        var mapUrl = await map.GetAttributeAsync("src");
        Assert.Matches(@"^/questions/\d+/files/peta\.png$", mapUrl);
        await using var otherContext = await App.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await AppFixture.SignInAsync(other, DemoAccounts.QuizOfficialPhones[2]);
        var refused = await other.GotoAsync(mapUrl!);
        Assert.Equal(404, refused!.Status);

        // She answers (the essay with a tag typed in it) and submits: the review keeps the formats, feedback included.
        await html.Locator("label").Filter(new() { HasText = "Camat" }).ClickAsync();
        await Expect(html.GetByTestId("saved")).ToBeVisibleAsync();
        var essay = official.GetByTestId("attempt-question").Filter(new() { HasText = "sumber pendapatan desa" });
        await Expect(essay.GetByTestId("question-text").Locator("em", new() { HasText = "dua" })).ToBeVisibleAsync();
        await essay.Locator("textarea").FillAsync("<b>Dana Desa</b> dan PADes");
        await Expect(essay.GetByTestId("saved")).ToBeVisibleAsync();
        await official.GetByTestId("submit").ClickAsync();
        await official.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kumpulkan" }).ClickAsync();
        await Expect(official).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
        await Expect(official.GetByTestId("result-pending")).ToBeVisibleAsync();
        var reviewed = official.GetByTestId("review-question").Filter(new() { HasText = "menetapkan" });
        await Expect(reviewed.GetByTestId("review-question-text").Locator("b", new() { HasText = "menetapkan" })).ToBeVisibleAsync();
        await Expect(reviewed.Locator("strong", new() { HasText = "bersama BPD" })).ToBeVisibleAsync();
        await Expect(reviewed.GetByTestId("review-feedback").Locator("em", new() { HasText = "BPD" })).ToBeVisibleAsync();
        await Expect(reviewed).Not.ToContainTextAsync("<p>");
        await Expect(official.Locator("img[alt=pelacak]")).ToHaveCountAsync(0);

        // Pak Hendra grades the essay: the question in its format, the official's answer exactly as she typed it.
        await Page.GotoAsync("/authoring/grading");
        await Page.GetByTestId("inbox-course").Filter(new() { Has = Page.Locator("strong", new() { HasTextRegex = new Regex($"^{Regex.Escape(courseTitle)}$") }) }).ClickAsync();
        await InteractiveAsync(Page);
        var card = Page.GetByTestId("essay-card").Filter(new() { HasText = "Dana Desa</b> dan PADes" });
        await Expect(card.GetByTestId("essay-question-text").Locator("em", new() { HasText = "dua" })).ToBeVisibleAsync();
        await Expect(card.GetByTestId("essay-answer")).ToHaveTextAsync("<b>Dana Desa</b> dan PADes");
        await Expect(card.GetByTestId("essay-answer").Locator("b")).ToHaveCountAsync(0);
    }
}
