using System.Text.RegularExpressions;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Accounts;

public sealed class SignInTests(AppFixture app) : BrowserTest(app)
{
    private static readonly string[] HomeCards = ["home-official", "home-trainer", "home-mentor", "home-reviewer", "home-admin"];

    [Theory]
    [InlineData(DemoAccounts.Admin, "home-admin", "Admin SmartVillage")]
    [InlineData(DemoAccounts.Trainer, "home-trainer", "Hendra Saputra")]
    [InlineData(DemoAccounts.Mentor, "home-mentor", "Maria Lestari")]
    [InlineData(DemoAccounts.ProvinceReviewer, "home-reviewer", "Ahmad Fauzi")]
    [InlineData(DemoAccounts.RegencyReviewer, "home-reviewer", "Rina Marlina")]
    [InlineData(DemoAccounts.SitiPhone, "home-official", "Siti Rahmawati")]
    public async Task SignIn_DemoAccountOfEachRole_SeesOwnHomeCardAndName(string login, string card, string fullName)
    {
        await AppFixture.SignInAsync(Page, login);

        await Expect(Page).ToHaveURLAsync(new Regex(@"/$"));
        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync($"Selamat datang, {fullName}");
        await Expect(Page.GetByTestId(card)).ToBeVisibleAsync();
        foreach (var other in HomeCards.Where(c => c != card))
            await Expect(Page.GetByTestId(other)).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(DemoAccounts.ProvinceReviewer, "Cakupan: seluruh Provinsi Lampung")]
    [InlineData(DemoAccounts.RegencyReviewer, "Cakupan: Kabupaten Tanggamus")]
    public async Task SignIn_Reviewer_SeesTheScopeByName(string login, string scope)
    {
        await AppFixture.SignInAsync(Page, login);

        await Expect(Page.GetByTestId("home-reviewer")).ToContainTextAsync(scope);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOnSignInPage()
    {
        await AppFixture.SubmitSignInAsync(Page, "no-such-person@smartvillage.test", "Salah#2026");

        await Expect(Page.GetByTestId("login-error")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("welcome")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksAccountEvenForRightPassword()
    {
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await AppFixture.SubmitSignInAsync(Page, DemoAccounts.LockedOfficialPhone, $"Salah#{attempt}");
            await Expect(Page.GetByTestId("login-error")).ToBeVisibleAsync();
        }

        await AppFixture.SubmitSignInAsync(Page, DemoAccounts.LockedOfficialPhone, "Salah#5");
        await Expect(Page.GetByTestId("login-error")).ToContainTextAsync("akun dikunci 15 menit");

        // Locked: even the right password is refused, with the same words as a wrong one (they tell nobody the account exists).
        await AppFixture.SubmitSignInAsync(Page, DemoAccounts.LockedOfficialPhone, DemoAccounts.Password);
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login$"));
        await Expect(Page.GetByTestId("login-error")).ToContainTextAsync("akun dikunci 15 menit");
        await Page.GotoAsync("/");
        await Expect(Page.GetByTestId("public-home")).ToBeVisibleAsync();
    }
}
