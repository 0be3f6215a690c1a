using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>Issue 16 through the pages people use: Moodle banks (XML and GIFT) uploaded, downloaded, drawn into quizzes,
/// answered by officials on their phones and graded.</summary>
public sealed class MoodleQuestionsTests(AppFixture app) : BrowserTest(app)
{
    // A 1×1 PNG, as Moodle embeds a picture in <file encoding="base64">.
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static string XmlBank(string token) => $"""
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

    private static string GiftBank(string token) => $$"""
        // question: 0  name: Switch category to $course$/top/Uji GIFT {{token}}
        $CATEGORY: $course$/top/Uji GIFT {{token}}

        // question: 101  name: Ibu kota {{token}}
        // [id:IBUKOTA-{{token}}] [tag:geografi] [tag:lampung]
        ::Ibu kota {{token}}::Ibu kota Provinsi Lampung?{=Bandar Lampung =%0%Metro#kota lain}

        // [tag:lampung]
        ::Kalimat {{token}}::{~Metro =Bandar Lampung ~Kotabumi} adalah ibu kota Provinsi Lampung.

        ::Sama {{token}}::Dana Desa bersumber dari APBN.{T}

        ::Sama {{token}}::BPD dipilih oleh Camat.{F}

        ::<b>Tebal</b> {{token}}::Musyawarah desa dipimpin oleh BPD.{T}

        """;

    private static async Task InteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive").First).ToBeAttachedAsync();

    private static Task<bool> LoadedAsync(ILocator image) => image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");

    /// <summary>Pak Hendra opens the bank of his first course from his courses, as he does.</summary>
    private async Task OpenBankAsync()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring");
        // A link clicked while the page is still connecting can change the address without the page following.
        await InteractiveAsync(Page);
        await Page.GetByTestId("authored-course").First.ClickAsync();
        await Page.GetByTestId("question-bank").ClickAsync();
        await Expect(Page.GetByTestId("upload-gift")).ToBeVisibleAsync();
    }

    private async Task UploadAsync(string name, byte[] content)
    {
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.GetByTestId("upload-gift").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "text/plain", Buffer = content });
    }

    private async Task<string> DownloadAsync(string testId)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId(testId).ClickAsync());
        return await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
    }

    private async Task PickAsync(ILocator select, string item)
    {
        await select.ClickAsync();
        await Expect(select).ToHaveAttributeAsync("aria-expanded", "true");
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item }).First.ClickAsync();
    }

    /// <summary>An official signs in on her phone, enrolls in the course and starts the practice quiz named.</summary>
    private static async Task<IPage> StartPracticeAsync(IBrowserContext context, string phone, string slug, string quizTitle)
    {
        var official = await context.NewPageAsync();
        await AppFixture.SignInAsync(official, phone);
        await official.GotoAsync($"/courses/{slug}");
        await Assertions.Expect(official.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await official.GetByTestId("enroll").ClickAsync();
        await official.GetByTestId("quiz-card").Filter(new() { HasText = quizTitle }).GetByTestId("quiz-start").ClickAsync();
        await Assertions.Expect(official).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        await Assertions.Expect(official.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        return official;
    }

    private static async Task SubmitAsync(IPage official)
    {
        await official.GetByTestId("submit").ClickAsync();
        await official.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kumpulkan" }).ClickAsync();
        await Assertions.Expect(official).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
    }

    /// <summary>
    /// Pak Hendra brings a Moodle XML bank with an image and formatted texts; an official taking the practice quiz made
    /// from it sees bold text (not <c>**bold**</c> or <c>&lt;p&gt;</c>) and the map, while the script and the tracking image
    /// in the file never reach the page; another official asking for the map gets nothing. Her review keeps the formats,
    /// and the grading card shows the essay question formatted and her answer as she typed it.
    /// </summary>
    [Fact]
    public async Task MoodleXmlBank_RendersItsFormatsAndImageForTheOfficial_ScriptAndForeignImageNeverArrive()
    {
        var token = Guid.NewGuid().ToString("N")[..6];

        // Pak Hendra uploads the Moodle XML bank through the bank page's one upload button.
        await OpenBankAsync();
        await UploadAsync("tampilan.xml", Encoding.UTF8.GetBytes(XmlBank(token)));
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
        var official = await StartPracticeAsync(officialContext, DemoAccounts.QuizOfficialPhones[1], slug, $"Latihan tampilan {token}");

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
        await SubmitAsync(official);
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

    /// <summary>
    /// A bank exported from Moodle 4 as GIFT (ID numbers, tags, a 0% alternative, a blank opening the sentence, a repeated
    /// name, HTML in a name, Moodle's category prefix): saved as Windows-1252 it is refused; as UTF-8 it is imported, and
    /// again with a summary of how each question was recognised; both downloads keep it; a random slot draws by tag; an
    /// official answering the 0% alternative gets no marks for it and sees its feedback.
    /// </summary>
    [Fact]
    public async Task Hendra_UploadsAMoodleGiftBank_NotUtf8Refused_ReimportSaysHowEachWasFound_DownloadsKeepIt_TagDrawsTheRandomQuestion()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var category = $"Uji GIFT {token}";

        await OpenBankAsync();
        var heading = Page.Locator("h2", new() { HasText = category });

        // Saved by Notepad as ANSI: "é" is one byte 0xE9 on line 6. Refused with its line; nothing is imported.
        await UploadAsync("bank-ansi.gift", Encoding.Latin1.GetBytes(GiftBank(token).Replace("Ibu kota Provinsi", "Café Provinsi", StringComparison.Ordinal)));
        var errors = Page.GetByTestId("gift-errors");
        await Expect(errors).ToContainTextAsync("Tidak ada yang diimpor.");
        await Expect(errors).ToContainTextAsync("bukan teks UTF-8");
        await Expect(errors).ToContainTextAsync("Baris 6");
        await Expect(heading).ToHaveCountAsync(0);

        await UploadAsync("bank-moodle.gift", Encoding.UTF8.GetBytes(GiftBank(token)));
        await Expect(Page.GetByTestId("gift-success")).ToContainTextAsync("5 soal diimpor dari bank-moodle.gift (GIFT): 5 baru, 0 diperbarui, 0 tidak berubah.");
        // The category as Moodle names it (no "$course$/top/"), the ID number and tags shown, the HTML of a name gone.
        await Expect(heading).ToHaveTextAsync(new Regex($@"^{category}\s*5 soal$"));
        var capital = Page.GetByTestId("bank-question").Filter(new() { HasText = $"Ibu kota {token}" });
        await Expect(capital).ToContainTextAsync($"ID IBUKOTA-{token}");
        await Expect(capital.GetByTestId("question-tags")).ToHaveTextAsync(new Regex(@"^\s*geografi\s*lampung\s*$"));
        await Expect(Page.GetByTestId("bank-question").Filter(new() { HasText = $"Tebal {token}" })).Not.ToContainTextAsync("<b>");

        // The same file again: matched by ID number and by unique name and left unchanged (the 0% weight read back as
        // 0% is no change); the two questions sharing a name cannot be told apart, so they are added and the page says why.
        await UploadAsync("bank-moodle.gift", Encoding.UTF8.GetBytes(GiftBank(token)));
        var success = Page.GetByTestId("gift-success");
        await Expect(success).ToContainTextAsync("5 soal diimpor dari bank-moodle.gift (GIFT): 2 baru, 0 diperbarui, 3 tidak berubah.");
        await Expect(success.GetByTestId("import-matches")).ToContainTextAsync("Dikenali dari ID soal: 1 · dari nama: 2");
        await success.Locator("summary").ClickAsync();
        await Expect(success.GetByTestId("import-details").Locator("li").Filter(new() { HasText = $"Ibu kota {token}" })).ToContainTextAsync("dikenali dari ID soal, tidak berubah");
        await Expect(success.GetByTestId("import-details").Locator("li").Filter(new() { HasText = $"Sama {token}" })).ToHaveCountAsync(2);
        await Expect(success.GetByTestId("import-details")).ToContainTextAsync("namanya dipakai lebih dari sekali");
        await Expect(heading).ToHaveTextAsync(new Regex($@"^{category}\s*7 soal$"));

        // Both downloads carry the ID number, the tags and the 0% alternative.
        var gift = await DownloadAsync("download-gift");
        Assert.Contains($"// [id:IBUKOTA-{token}] [tag:geografi] [tag:lampung]\n::Ibu kota {token}::", gift);
        Assert.Contains("=%0%Metro#kota lain", gift);
        var xml = await DownloadAsync("download-xml");
        Assert.Contains($"<idnumber>IBUKOTA-{token}</idnumber>", xml);
        Assert.Matches(@"<tags>\s*<tag>\s*<text>geografi</text>\s*</tag>\s*<tag>\s*<text>lampung</text>", xml);
        Assert.Matches(@"<answer fraction=""0""[^>]*>\s*<text>Metro</text>", xml);
        var slug = Regex.Match(await Page.GetByTestId("download-xml").GetAttributeAsync("download") ?? "", "^(.+)-bank-soal.xml$").Groups[1].Value;

        // A practice quiz: one random question tagged "geografi" from the category, then the blank-first question.
        await Page.GetByTestId("bank-quizzes").ClickAsync();
        await InteractiveAsync(Page);
        await Page.Locator("input[data-testid='new-quiz-title'], [data-testid='new-quiz-title'] input").First.FillAsync($"Latihan tag {token}");
        await Page.GetByTestId("create-quiz").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/authoring/courses/\d+/quizzes/\d+$"));
        await InteractiveAsync(Page);
        await Page.GetByTestId("add-random").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await PickAsync(dialog.GetByTestId("random-category"), category);
        await Expect(dialog).ToContainTextAsync("Kategori ini berisi 7 soal.");
        await PickAsync(dialog.GetByTestId("random-tags"), "geografi");
        // A tag list stays open for more tags; a tap beside it closes it, as on a phone.
        await dialog.Locator(".mud-dialog-title").ClickAsync();
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(dialog).ToContainTextAsync("Soal bertag itu 1 soal.");
        await dialog.GetByTestId("random-add").ClickAsync();
        var randomSlot = Page.GetByTestId("slot-question").Filter(new() { HasText = "1 soal acak" });
        await Expect(randomSlot.GetByTestId("slot-tags")).ToHaveTextAsync("bertag geografi");
        await Page.Locator("input[data-testid='picker-search'], [data-testid='picker-search'] input").First.FillAsync($"Kalimat {token}");
        await Page.GetByTestId("picker-question").Filter(new() { HasText = $"Kalimat {token}" }).GetByTestId("picker-add").ClickAsync();
        await Expect(Page.GetByTestId("slot-question")).ToHaveCountAsync(2);
        await Page.GetByTestId("publish-quiz").ClickAsync();
        await Expect(Page.GetByTestId("quiz-status")).ToHaveTextAsync("Terbit");

        // An official on her phone: the tag drew the capital question; "Metro" is the 0% alternative.
        await using var officialContext = await App.NewContextAsync();
        var official = await StartPracticeAsync(officialContext, DemoAccounts.QuizOfficialPhones[2], slug, $"Latihan tag {token}");
        var first = official.Locator("[data-testid=attempt-question][data-number='1']");
        var second = official.Locator("[data-testid=attempt-question][data-number='2']");
        await Expect(first.GetByTestId("question-text")).ToHaveTextAsync("Ibu kota Provinsi Lampung?");
        await Expect(second.GetByTestId("question-text")).ToHaveTextAsync("_____ adalah ibu kota Provinsi Lampung.");
        await first.Locator("input").FillAsync("Metro");
        await Expect(first.GetByTestId("saved")).ToBeVisibleAsync();
        await second.GetByText("Bandar Lampung", new() { Exact = true }).ClickAsync();
        await Expect(second.GetByTestId("saved")).ToBeVisibleAsync();
        await SubmitAsync(official);

        await Expect(official.GetByTestId("result-score")).ToHaveTextAsync("50");
        var reviewed = official.GetByTestId("review-question").Filter(new() { HasText = "Ibu kota Provinsi Lampung?" });
        await Expect(reviewed.Locator("h2")).ToHaveTextAsync("Soal 1 · 0/1");
        await Expect(reviewed.GetByTestId("review-feedback")).ToHaveTextAsync("kota lain");
        Assert.True(await official.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The result is wider than a 360 px phone.");
    }
}
