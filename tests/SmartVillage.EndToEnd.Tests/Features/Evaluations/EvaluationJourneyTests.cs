using System.Diagnostics;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Evaluations;

/// <summary>
/// The demo bimtek in Kota Agung ended three days before the app started (DemoEvaluations). Bu Novi, who attended it, finds its
/// evaluation on her phone's home page and answers it at 360 px; Pak Hendra sees the aggregated result and nobody's name, and
/// a crafted request for who answered what is refused. She adds a session to her calendar and subscribes to her private feed,
/// which stops working once she revokes it.
/// </summary>
public sealed class EvaluationJourneyTests(AppFixture app) : BrowserTest(app)
{
    private const string Bimtek = "Bimtek Pelayanan Publik Digital — Kota Agung";

    [Fact]
    public async Task OfficialEvaluatesAt360_TrainerSeesAggregateNotPeople_CraftedRequestRefused()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.EvaluatingOfficialPhone);
        var offer = Page.GetByTestId("evaluation-offer").Filter(new() { HasText = Bimtek });
        await Expect(offer).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        var clock = Stopwatch.StartNew();
        await offer.ClickAsync();
        await Expect(Page.GetByTestId("evaluation-title")).ToContainTextAsync(Bimtek);
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();

        var questions = Page.GetByTestId("evaluation-question");
        var count = await questions.CountAsync();
        Assert.True(count >= 10, $"{count} questions: the organisation's and two trainers' blocks");
        await Expect(Page.GetByTestId("evaluation-trainer")).ToHaveCountAsync(2);
        for (var i = 0; i < count; i++)
        {
            var question = questions.Nth(i);
            var scores = question.Locator("label:has(input[type=radio])");
            if (await scores.CountAsync() > 0)
            {
                await scores.Nth(3).ClickAsync();   // 4: Baik
            }
            else
            {
                await question.Locator("textarea").FillAsync("Sinyal di aula lemah; mohon siapkan Wi-Fi.");
                await question.Locator("textarea").BlurAsync();
            }
            // "Tersimpan" appears only once the service has written the answer.
            await Expect(question.GetByTestId("evaluation-saved")).ToHaveAttributeAsync("data-saved", "true");
        }
        // At 360 px the page needs no sideways scrolling.
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await Page.GetByTestId("evaluation-submit").ClickAsync();
        await Expect(Page.GetByTestId("evaluation-submitted")).ToBeVisibleAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"answered in {clock.Elapsed.TotalSeconds:0} s");
        await Page.GotoAsync("/");
        await Expect(Page.GetByTestId("welcome")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("evaluation-offer").Filter(new() { HasText = Bimtek })).ToHaveCountAsync(0);

        // Pak Hendra, on his phone too, opens the bimtek and its evaluation.
        await using var trainerContext = await App.NewContextAsync();
        var trainer = await trainerContext.NewPageAsync();
        await AppFixture.SignInAsync(trainer, DemoAccounts.Trainer);
        await trainer.GotoAsync("/trainer/workshops");
        await trainer.GetByTestId("trainer-workshop-title").Filter(new() { HasText = Bimtek }).ClickAsync();
        await trainer.GetByTestId("workshop-evaluation").ClickAsync();
        await Expect(trainer.GetByTestId("evaluation-responses")).ToHaveTextAsync("3 dari 3");
        await Expect(trainer.GetByTestId("evaluation-section")).ToHaveTextAsync(["Penyelenggaraan", "Pengajar: Hendra Saputra"]);
        await Expect(trainer.GetByTestId("evaluation-open-answers").First).ToContainTextAsync("Sinyal di aula lemah");
        var text = await trainer.Locator("body").InnerTextAsync();
        foreach (var name in DemoAccounts.EvaluatedByNames) Assert.DoesNotContain(name, text);
        Assert.DoesNotContain("Dewi Anggraini", text);   // the co-trainer's own section is hers

        // The workshop's xlsx is there; the same file with who answered what, asked for by editing its address, is refused.
        var xlsx = await trainer.GetByTestId("evaluation-xlsx").GetAttributeAsync("href");
        Assert.Matches(new Regex(@"^/evaluations/\d+/results\.xlsx$"), xlsx);
        var download = await BrowserDownload.PressAsync(trainer, trainer.GetByTestId("evaluation-xlsx"));
        Assert.EndsWith(".xlsx", download.Name);
        var sheet = download.XlsxText();
        Assert.Contains("Penyelenggaraan", sheet);
        foreach (var name in DemoAccounts.EvaluatedByNames) Assert.DoesNotContain(name, sheet);
        var crafted = await trainer.APIRequest.GetAsync(xlsx + "?respondents=true");
        Assert.Equal(403, crafted.Status);
        Assert.Contains("anonim bagi pelatih", await crafted.TextAsync());
    }

    [Fact]
    public async Task SessionIcs_DownloadedByClickingItsLink_FeedRefusedOnceRevoked()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.EvaluatingOfficialPhone);
        await Page.GotoAsync("/my/workshops");
        var workshop = Page.GetByTestId("my-workshop").Filter(new() { HasText = Bimtek });
        var link = workshop.GetByTestId("session-ics").First;
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var calendar = Calendar.Load(await File.ReadAllTextAsync(path!))!;
        var session = Assert.Single(calendar.Events);
        Assert.Equal("Asia/Jakarta", session.DtStart!.TzId);
        Assert.Equal(8, session.DtStart.Value.Hour);
        Assert.Equal(1, session.DtStart.AsUtc.Hour);                       // 08.00 WIB = 01.00 UTC
        Assert.Equal("Aula Kantor Bupati Tanggamus, Kota Agung", session.Location);
        Assert.EndsWith("/attend", session.Url!.ToString());

        // The private feed: made on "Kalender di ponsel", read by a calendar app that has no cookie, refused once revoked.
        await Page.GotoAsync("/my/calendar");
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Page.GetByTestId("calendar-issue").ClickAsync();
        var url = (await Page.GetByTestId("calendar-url").TextContentAsync())!.Trim();
        using var phoneCalendar = new HttpClient();
        var feed = Calendar.Load(await phoneCalendar.GetStringAsync(url))!;
        Assert.Contains(feed.Events, e => e.Summary!.StartsWith(Bimtek, StringComparison.Ordinal));
        await Page.GetByTestId("calendar-revoke").ClickAsync();
        await Expect(Page.GetByTestId("calendar-issue")).ToHaveTextAsync("Buat tautan kalender");
        using var revoked = await phoneCalendar.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, revoked.StatusCode);
    }
}
