using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Accounts;

/// <summary>Buttons that led nowhere: each now leads where the person meant to go, or is not offered.</summary>
public sealed class DeadEndTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task FinishedBimtek_OffersNoCancellation()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.CertifiedOtherOfficialPhone);
        await Page.GotoAsync("/my/workshops");
        var liwa = Page.GetByTestId("my-workshop").Filter(new() { HasText = "Liwa" });
        await Expect(liwa).ToBeVisibleAsync();
        await Expect(liwa.GetByRole(AriaRole.Button, new() { Name = "Batalkan pendaftaran" })).ToHaveCountAsync(0);
        await Expect(liwa.GetByTestId("my-workshop-finished")).ToContainTextAsync("selesai");
    }

    [Fact]
    public async Task DesaSaya_OpensTheOfficialsOwnPekon()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.SitiPhone);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Desa saya" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/directory/villages/18\.06\.16\.2010$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Karang Brak");
    }

    [Fact]
    public async Task RegencyReviewer_RefusedAnotherRegency_IsLedBackToHers()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RegencyReviewer);
        await Page.GotoAsync("/reports/18.04");
        await Expect(Page.GetByTestId("report-refused")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke Kabupaten Tanggamus" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/reports/18\.06$"));
        await Expect(Page.GetByTestId("report-title")).ToHaveTextAsync("Kabupaten Tanggamus");
    }
}
