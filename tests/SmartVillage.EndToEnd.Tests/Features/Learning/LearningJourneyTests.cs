using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Learning;

public sealed class LearningJourneyTests(AppFixture app) : BrowserTest(app)
{
    private const string ApbdesTitle = "Pengelolaan APBDes dengan Siskeudes";

    /// <summary>
    /// The course and lesson pages are reading pages with no circuit (decision 0023): a button works as soon as the page is
    /// shown, so the test only waits for its heading.
    /// </summary>
    private async Task WaitInteractiveAsync() =>
        await Expect(Page.Locator("h1")).ToBeVisibleAsync();

    private async Task AssertNoHorizontalScrollAsync(string what)
    {
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"{what} is {scrollWidth} px wide at a 360 px screen.");
    }

    [Fact]
    public async Task NewOfficial_FindsEnrollsReadsEveryLesson_AndSees100PercentOnMyCourses()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.HasanPhone);
        await Expect(Page.GetByTestId("open-catalog")).ToBeVisibleAsync();

        // The catalog, public, found from the menu's link; a search narrows it to one course.
        await Page.GotoAsync("/catalog");
        await Expect(Page.GetByTestId("course-card").First).ToBeVisibleAsync();
        // A reading page (decision 0023): she types and presses Cari; the answer is the catalog filtered on the server.
        await Page.GetByLabel("Cari kursus").FillAsync("siskeudes");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/catalog\?q=siskeudes$"));
        await Expect(Page.GetByTestId("course-card")).ToHaveCountAsync(1);
        var card = Page.GetByTestId("course-card");
        await Expect(card).ToContainTextAsync(ApbdesTitle);
        await Expect(card).ToContainTextAsync("Manajemen Proyek");
        await Expect(card).ToContainTextAsync("8 JP");
        await Expect(card).ToContainTextAsync("5 materi");
        await AssertNoHorizontalScrollAsync("The catalog");
        await card.GetByTestId("course-title").ClickAsync();

        // The course page: enrol, then start.
        await Expect(Page).ToHaveURLAsync(new Regex("/courses/pengelolaan-apbdes-siskeudes$"));
        await WaitInteractiveAsync();
        await Expect(Page.GetByTestId("course-lesson")).ToHaveCountAsync(5);
        await Expect(Page.GetByTestId("handout-link").Locator("a")).ToHaveAttributeAsync("href", "/courses/pengelolaan-apbdes-siskeudes/handout.pdf");
        await Page.GetByTestId("enroll").ClickAsync();
        await Expect(Page.GetByText("Anda terdaftar di kursus ini")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("course-progress")).ToContainTextAsync("0% selesai");
        await Page.GetByTestId("start-learning").ClickAsync();

        for (var number = 1; number <= 5; number++)
        {
            await Expect(Page.GetByTestId("lesson-position")).ToContainTextAsync($"Materi {number} dari 5");
            await WaitInteractiveAsync();
            await Expect(Page.GetByTestId("lesson-body").Locator("h2").First).ToBeVisibleAsync();
            await AssertNoHorizontalScrollAsync($"Lesson {number}");

            var mark = Page.GetByTestId("mark-complete");
            await Expect(mark).ToHaveTextAsync("Tandai selesai");
            await mark.ClickAsync();
            await Expect(mark).ToHaveTextAsync("Selesai");
            await Expect(mark).ToBeDisabledAsync();

            if (number < 5) await Page.GetByTestId("next-lesson").ClickAsync();
        }
        await Expect(Page.GetByTestId("next-lesson")).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Selamat! Semua materi kursus ini sudah selesai.")).ToBeVisibleAsync();

        await Page.GotoAsync("/my/courses");
        var mine = Page.GetByTestId("my-course");
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToContainTextAsync(ApbdesTitle);
        await Expect(mine.GetByTestId("my-course-percent")).ToHaveTextAsync("100%");
        await Expect(mine.GetByTestId("my-course-finished")).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync("My courses");

        // Nothing left to continue: home offers the catalog again.
        await Page.GotoAsync("/");
        await Expect(Page.GetByTestId("open-catalog")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("continue-learning")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LessonPage_TableInALesson_ScrollsInsideItsOwnBoxNotThePage()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.SitiPhone);

        // Bu Siti is enrolled; opening a lesson records a visit, so she opens lesson 3, where she stopped (her home must still say so).
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes/lessons/03-input-dan-penatausahaan-siskeudes");
        await WaitInteractiveAsync();
        await Expect(Page.GetByTestId("lesson-body").Locator("table").First).ToBeVisibleAsync();

        await AssertNoHorizontalScrollAsync("Lesson 3");
        var box = Page.GetByTestId("lesson-body").GetByRole(AriaRole.Region, new() { Name = "Tabel; geser ke samping bila kolomnya terpotong" }).First;
        var boxRight = await box.EvaluateAsync<double>("b => b.getBoundingClientRect().right");
        Assert.True(boxRight <= 360, $"The table's box ends at {boxRight} px.");
        // Wider than the phone: it scrolls (a shadow at the right edge says so), and the keyboard can reach it to scroll.
        Assert.True(await box.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth"), "The lesson's table fits; the test needs a wide one.");
        Assert.NotEqual("none", await box.EvaluateAsync<string>("b => getComputedStyle(b).backgroundImage"));
        await box.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(box).ToHaveJSPropertyAsync("scrollLeft", 40);
        var fontSize = await Page.GetByTestId("lesson-body").EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 16.5, $"Lesson text is {fontSize}.");
    }

    [Fact]
    public async Task BuSiti_Home_ContinuesAtLesson3Of5()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.SitiPhone);

        var next = Page.GetByTestId("continue-learning");
        await Expect(next).ToHaveTextAsync("Lanjutkan: Pengelolaan APBDes dengan Siskeudes — Materi 3 dari 5");
        await Expect(Page.GetByTestId("home-official").GetByRole(AriaRole.Link, new() { Name = "Pasang passkey" })).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync("Bu Siti's home");

        // Her home is a reading page: the link works the moment it shows, with no circuit to wait for.
        await next.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/courses/pengelolaan-apbdes-siskeudes/lessons/03-input-dan-penatausahaan-siskeudes$"));
        await Expect(Page.GetByTestId("lesson-position")).ToContainTextAsync("Materi 3 dari 5");
        await Expect(Page.GetByTestId("mark-complete")).ToHaveTextAsync("Tandai selesai");
    }

    [Fact]
    public async Task Catalog_Anonymous_SeesCoursesAndIsAskedToSignInToEnroll()
    {
        await Page.GotoAsync("/catalog");
        await Expect(Page.GetByTestId("course-card").First).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync("The public catalog");

        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes");
        var signIn = Page.GetByTestId("sign-in-to-enroll");
        await Expect(signIn).ToHaveTextAsync("Masuk untuk mengikuti");
        await Expect(signIn).ToHaveAttributeAsync("href", "/Account/Login?returnUrl=%2Fcourses%2Fpengelolaan-apbdes-siskeudes");
        await Expect(Page.GetByTestId("enroll")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LessonPage_Anonymous_IsSentToSignIn()
    {
        await Page.GotoAsync("/courses/pengelolaan-apbdes-siskeudes/lessons/01-struktur-apbdes");

        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login"));
    }
}
