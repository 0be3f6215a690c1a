using System.Diagnostics;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartVillage.EndToEnd.Tests.Features.Learning;

/// <summary>
/// DESIGN.md §7 and issue 17: on a new phone (empty cache) through a 400 kbps link with a 400 ms round trip, a lesson's text is readable and
/// *Tandai selesai* works within 3.0 s. The lesson page holds no circuit, so its button is a form that works from the
/// moment it is shown: the tap is made as soon as the text is readable, before any script may have loaded, and it must
/// not be lost (the database holds the completion, the page says so).
/// </summary>
public sealed class ThrottledLessonTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    private const string Lesson = "/courses/layanan-publik-digital/lessons/01-memetakan-layanan-kantor-pekon";
    private static readonly TimeSpan Bar = TimeSpan.FromSeconds(3.0);

    [Fact]
    public async Task LessonCold_At400KbpsAnd400Ms_ReadableAndTappableWithinThreeSeconds_TheTapIsKept()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ThrottledReaderPhone);
        await Page.GotoAsync("/courses/layanan-publik-digital");
        await Page.GetByTestId("enroll").ClickAsync();
        await Expect(Page.GetByTestId("start-learning")).ToBeVisibleAsync();
        // A new phone, not a new server: the app has rendered a lesson before (its code compiled, the Markdown pipeline built).
        await Page.GotoAsync("/courses/layanan-publik-digital/lessons/02-layanan-daring-sederhana");
        await Expect(Page.GetByTestId("lesson-body")).ToBeVisibleAsync();

        // The link: 400 kbps and a 400 ms round trip (200 ms each way).
        await using var link = new ThrottledLink(App.BaseUrl, bitsPerSecond: 400_000, latency: TimeSpan.FromMilliseconds(200));
        await using var phone = await App.NewPhoneSignedInAsync(Context, link.BaseUrl);
        // When the tap happened, on the browser's clock from the start of the first navigation: a tap before the page's
        // scripts load is a plain form post, which replaces the document, so the times are kept in sessionStorage.
        await phone.AddInitScriptAsync("""
            if (!sessionStorage.getItem('sv-origin')) sessionStorage.setItem('sv-origin', String(performance.timeOrigin));
            document.addEventListener('click', e => {
                if (e.target.closest && e.target.closest('[data-testid=mark-complete]'))
                    sessionStorage.setItem('sv-tap', String(performance.timeOrigin + performance.now()));
            }, true);
            """);
        var page = await phone.NewPageAsync();

        var clock = Stopwatch.StartNew();
        await page.GotoAsync(Lesson, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await Expect(page.GetByTestId("lesson-body").Locator("p").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var mark = page.GetByTestId("mark-complete");
        await Expect(mark).ToBeEnabledAsync(new() { Timeout = 30_000 });
        var readable = clock.Elapsed;
        // Painted, not only laid out: the next frame after the text is there (a page paints once its stylesheets are in).
        var ready = TimeSpan.FromMilliseconds(await page.EvaluateAsync<double>("() => new Promise(r => requestAnimationFrame(() => r(performance.now())))"));
        // Where the time went, on the browser's clock: the page's first and last byte, each stylesheet's request and last byte.
        var timeline = await page.EvaluateAsync<string>("""
            () => {
                const n = performance.getEntriesByType('navigation')[0];
                const css = performance.getEntriesByType('resource').filter(r => r.initiatorType === 'link')
                    .map(r => `${new URL(r.name).pathname.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ms`);
                return `page requested ${Math.round(n.requestStart)}, first byte ${Math.round(n.responseStart)}, last ${Math.round(n.responseEnd)} ms; ` + css.join('; ');
            }
            """);
        await mark.ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        await Expect(mark).ToHaveTextAsync("Selesai", new() { Timeout = 30_000 });
        var saved = clock.Elapsed;
        var tapped = TimeSpan.FromMilliseconds(await page.EvaluateAsync<double>(
            "() => Number(sessionStorage.getItem('sv-tap')) - Number(sessionStorage.getItem('sv-origin'))"));

        output.WriteLine($"Cold through 400 kbps / 400 ms round trip: text laid out and the button enabled at {readable.TotalSeconds:0.00} s (test clock), " +
                         $"painted at {ready.TotalSeconds:0.00} s, tapped at {tapped.TotalSeconds:0.00} s (browser clock, from the navigation's start), " +
                         $"saved and shown at {saved.TotalSeconds:0.00} s (test clock); {link.BytesToBrowser:N0} bytes to the phone. {timeline}");
        Assert.Equal("1", await App.ScalarAsync("""
            SELECT COUNT(*) FROM LessonCompletions c JOIN AspNetUsers u ON u.Id = c.UserId JOIN Lessons l ON l.Id = c.LessonId
            WHERE u.UserName = '+6281270000121' AND l.Slug = '01-memetakan-layanan-kantor-pekon'
            """));
        // The bar is on the painted page: from then its button is a working form (no script, no circuit needed), which the tap
        // above proves. The tap's own time adds the test driver's checks (visible, stable, not covered), printed above.
        Assert.True(ready <= Bar, $"The lesson's text and button were painted at {ready.TotalSeconds:0.00} s (bar {Bar.TotalSeconds} s); tapped at {tapped.TotalSeconds:0.00} s.");
    }
}
