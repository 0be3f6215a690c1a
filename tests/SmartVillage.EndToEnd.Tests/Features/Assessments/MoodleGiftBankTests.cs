using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Assessments;

/// <summary>
/// Issue 16 through the pages people use: Pak Hendra uploads a bank exported from Moodle 4 (ID numbers, tags, a 0%
/// alternative, a blank opening the sentence, a repeated name, HTML in a name, Moodle's category prefix), once saved
/// as Windows-1252 and refused, then as UTF-8 twice; he downloads it in both formats and draws a random question by
/// tag; an official answering the 0% alternative gets no marks for it and sees its feedback.
/// </summary>
public sealed class MoodleGiftBankTests(AppFixture app) : BrowserTest(app)
{
    private static string Bank(string token) => $$"""
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

    [Fact]
    public async Task Hendra_UploadsAMoodleGiftBank_NotUtf8Refused_ReimportSaysHowEachWasFound_DownloadsKeepIt_TagDrawsTheRandomQuestion()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var category = $"Uji GIFT {token}";

        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring");
        await Page.GetByTestId("authored-course").First.ClickAsync();
        await Page.GetByTestId("question-bank").ClickAsync();
        await InteractiveAsync(Page);
        var heading = Page.Locator("h2", new() { HasText = category });

        // Saved by Notepad as ANSI: "é" is one byte 0xE9 on line 4. Refused with its line; nothing is imported.
        await UploadAsync("bank-ansi.gift", Encoding.Latin1.GetBytes(Bank(token).Replace("Ibu kota Provinsi", "Café Provinsi", StringComparison.Ordinal)));
        var errors = Page.GetByTestId("gift-errors");
        await Expect(errors).ToContainTextAsync("Tidak ada yang diimpor.");
        await Expect(errors).ToContainTextAsync("bukan teks UTF-8");
        await Expect(errors).ToContainTextAsync("Baris 6");
        await Expect(heading).ToHaveCountAsync(0);

        await UploadAsync("bank-moodle.gift", Encoding.UTF8.GetBytes(Bank(token)));
        await Expect(Page.GetByTestId("gift-success")).ToContainTextAsync("5 soal diimpor dari bank-moodle.gift (GIFT): 5 baru, 0 diperbarui, 0 tidak berubah.");
        // The category as Moodle names it (no "$course$/top/"), the ID number and tags shown, the HTML of a name gone.
        await Expect(heading).ToHaveTextAsync(new Regex($@"^{category}\s*5 soal$"));
        var capital = Page.GetByTestId("bank-question").Filter(new() { HasText = $"Ibu kota {token}" });
        await Expect(capital).ToContainTextAsync($"ID IBUKOTA-{token}");
        await Expect(capital.GetByTestId("question-tags")).ToHaveTextAsync(new Regex(@"^\s*geografi\s*lampung\s*$"));
        await Expect(Page.GetByTestId("bank-question").Filter(new() { HasText = $"Tebal {token}" })).Not.ToContainTextAsync("<b>");

        // The same file again: matched by ID number and by unique name and left unchanged (the 0% weight read back as
        // 0% is no change); the two questions sharing a name cannot be told apart, so they are added and the page says why.
        await UploadAsync("bank-moodle.gift", Encoding.UTF8.GetBytes(Bank(token)));
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
        var official = await officialContext.NewPageAsync();
        await AppFixture.SignInAsync(official, DemoAccounts.QuizOfficialPhones[2]);
        await official.GotoAsync($"/courses/{slug}");
        await Expect(official.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        await official.GetByTestId("enroll").ClickAsync();
        await official.GetByTestId("quiz-card").Filter(new() { HasText = $"Latihan tag {token}" }).GetByTestId("quiz-start").ClickAsync();
        await Expect(official).ToHaveURLAsync(new Regex(@"/attempts/\d+$"));
        await Expect(official.Locator("h1[data-interactive=true]")).ToBeVisibleAsync();
        var first = official.Locator("[data-testid=attempt-question][data-number='1']");
        var second = official.Locator("[data-testid=attempt-question][data-number='2']");
        await Expect(first.GetByTestId("question-text")).ToHaveTextAsync("Ibu kota Provinsi Lampung?");
        await Expect(second.GetByTestId("question-text")).ToHaveTextAsync("_____ adalah ibu kota Provinsi Lampung.");
        await first.Locator("input").FillAsync("Metro");
        await Expect(first.GetByTestId("saved")).ToBeVisibleAsync();
        await second.GetByText("Bandar Lampung", new() { Exact = true }).ClickAsync();
        await Expect(second.GetByTestId("saved")).ToBeVisibleAsync();
        await official.GetByTestId("submit").ClickAsync();
        await official.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kumpulkan" }).ClickAsync();

        await Expect(official).ToHaveURLAsync(new Regex(@"/attempts/\d+/result$"));
        await Expect(official.GetByTestId("result-score")).ToHaveTextAsync("50");
        var reviewed = official.GetByTestId("review-question").Filter(new() { HasText = "Ibu kota Provinsi Lampung?" });
        await Expect(reviewed.Locator("h2")).ToHaveTextAsync("Soal 1 · 0/1");
        await Expect(reviewed.GetByTestId("review-feedback")).ToHaveTextAsync("kota lain");
        Assert.True(await official.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The result is wider than a 360 px phone.");
    }
}
