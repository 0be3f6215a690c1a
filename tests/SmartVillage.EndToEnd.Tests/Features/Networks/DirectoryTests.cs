using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Networks;

/// <summary>
/// The directory and a village's profile are reading pages with no circuit (decision 0023); editing a profile or a partner
/// keeps its editor page, which sends the person back to the reading page, and that page says what was saved.
/// </summary>
public sealed class DirectoryTests(AppFixture app) : BrowserTest(app)
{
    private static async Task FillAsync(IPage page, string testId, string value) =>
        await page.Locator($"[data-testid='{testId}'] :is(input, textarea):visible, :is(input, textarea)[data-testid='{testId}']").First.FillAsync(value);

    [Fact]
    public async Task Official_FillsInHisTiyuhProfile_ThenFindsItInTheDirectorySearch()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProfileEditingOfficialPhone);
        await Page.GotoAsync("/directory");
        await Expect(Page.Locator("[data-render]")).ToHaveAttributeAsync("data-render", "static");
        await Page.GetByTestId("my-village-profile").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory/villages/18\.12\.01\.\d{4}$"));
        var profileUrl = Page.Url;
        await Expect(Page.Locator("[data-render]")).ToHaveAttributeAsync("data-render", "static");
        await Expect(Page.GetByText("Desa ini belum mengisi profilnya.")).ToBeVisibleAsync();

        await Page.GetByTestId("edit-profile").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory/villages/18\.12\.01\.\d{4}/edit$"));
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await FillAsync(Page, "potential-input", "Kebun durian montong dan kolam ikan patin.");
        await Page.GetByTestId("add-initiative").ClickAsync();
        await FillAsync(Page, "initiative-title", "Peta digital kebun durian");
        await Page.GetByTestId("save-profile").ClickAsync();

        await Expect(Page).ToHaveURLAsync(profileUrl + "?done=saved");
        await Expect(Page.GetByTestId("village-notice")).ToHaveTextAsync("Profil desa disimpan.");
        await Expect(Page.GetByTestId("village-potential")).ToHaveTextAsync("Kebun durian montong dan kolam ikan patin.");
        await Expect(Page.GetByTestId("initiative")).ToContainTextAsync("Peta digital kebun durian");
        var villageCode = profileUrl[(profileUrl.LastIndexOf('/') + 1)..];
        Assert.Equal("Kebun durian montong dan kolam ikan patin.",
            await App.ScalarAsync("SELECT Potential FROM VillageProfiles WHERE VillageCode = $code", ("$code", villageCode)));

        // The directory's search is a GET form: typed, sent with "Cari", and the villages list is a link that keeps it.
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Direktori", Exact = true }).ClickAsync();
        await Page.GetByTestId("directory-search").FillAsync("durian montong");
        await Page.GetByTestId("directory-search-submit").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory\?q=durian\+montong"));
        await Page.GetByTestId("directory-lists").GetByRole(AriaRole.Link, new() { Name = "Desa (1)" }).ClickAsync();
        var item = Page.GetByTestId("village-profile-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Kebun durian montong");
        await Expect(Page.GetByTestId("directory-search")).ToHaveValueAsync("durian montong");
    }

    [Fact]
    public async Task Official_OnAnotherVillagesProfile_IsOfferedNoEdit_AndItsEditorRefusesHim()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.ProfileEditingOfficialPhone);
        await Page.GotoAsync("/directory/villages/18.06.16.2010");
        await Expect(Page.GetByTestId("village-heading")).ToContainTextAsync("Karang Brak");
        await Expect(Page.GetByTestId("edit-profile")).ToHaveCountAsync(0);

        await Page.GotoAsync("/directory/villages/18.06.16.2010/edit");
        await Expect(Page.GetByTestId("profile-edit-refused")).ToHaveTextAsync("Profil ini hanya dapat diubah oleh aparatur desa tersebut atau admin.");
        await Expect(Page.GetByTestId("potential-input")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Trainer_AddsAPartner_DirectorySaysSo_AndFiltersByRegencyAndType()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/directory");
        await Page.GetByTestId("new-partner").ClickAsync();
        await Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();
        await FillAsync(Page, "partner-name-input", "Koperasi Kopi Robusta Tanggamus");
        await FillAsync(Page, "partner-areas-input", "KE, pemasaran");
        await FillAsync(Page, "partner-contact-input", "Pak Darsono");
        await FillAsync(Page, "partner-phone-input", "0722-21345");
        await Page.GetByTestId("save-partner").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory\?done=saved$"));
        await Expect(Page.GetByTestId("directory-notice")).ToHaveTextAsync("Mitra disimpan.");
        await Expect(Page.GetByTestId("partner-name").Filter(new() { HasText = "Koperasi Kopi Robusta Tanggamus" })).ToBeVisibleAsync();

        // A native select per filter, sent with "Cari": universities serving Tanggamus, then cleared.
        await Page.GetByTestId("regency-filter").SelectOptionAsync(new SelectOptionValue { Label = "Kabupaten Tanggamus" });
        await Page.GetByTestId("partner-type-filter").SelectOptionAsync(new SelectOptionValue { Label = "Perguruan tinggi" });
        await Page.GetByTestId("directory-search-submit").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"regency=18\.06&type=University"));
        await Expect(Page.GetByTestId("partner-name")).ToHaveTextAsync(["Universitas Lampung — LPPM"]);
        await Expect(Page.GetByTestId("regency-filter")).ToHaveValueAsync("18.06");

        await Page.GetByTestId("directory-clear").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory$"));
        await Expect(Page.GetByTestId("partner-name").Filter(new() { HasText = "Koperasi Kopi Robusta Tanggamus" })).ToBeVisibleAsync();
    }
}
