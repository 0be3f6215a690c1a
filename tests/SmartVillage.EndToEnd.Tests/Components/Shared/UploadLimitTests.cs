using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Components.Shared;

/// <summary>Every upload has one limit and says the same thing when a file is over it: roster CSV, attendance CSV, GIFT bank.</summary>
public sealed class UploadLimitTests(AppFixture app) : BrowserTest(app)
{
    private const string TooLarge = "Berkas terlalu besar: paling besar 5 MB.";

    [Theory]
    [InlineData("roster")]
    [InlineData("attendance")]
    [InlineData("gift")]
    public async Task FileOverTheLimit_ShowsTheSameClearMessage_AndImportsNothing(string upload)
    {
        var button = upload switch
        {
            "roster" => await RosterUploadAsync(),
            "attendance" => await AttendanceUploadAsync(),
            _ => await GiftUploadAsync(),
        };

        // 6 MB of CSV-looking text: over the limit, whatever its content.
        var big = new byte[6 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => button.ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = upload == "gift" ? "bank.gift" : "besar.csv", MimeType = "text/plain", Buffer = big });

        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync(TooLarge);
    }

    private async Task<ILocator> RosterUploadAsync()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Admin);
        await Page.GotoAsync("/admin/officials/import");
        return await InteractiveAsync(Page.GetByTestId("upload-roster"));
    }

    private async Task<ILocator> AttendanceUploadAsync()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/trainer/workshops");
        await Page.GetByTestId("trainer-workshop-title").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/trainer/workshops/\d+$"));
        return await InteractiveAsync(Page.GetByTestId("upload-marks"));
    }

    private async Task<ILocator> GiftUploadAsync()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.Trainer);
        await Page.GotoAsync("/authoring");
        await InteractiveAsync(Page.GetByTestId("authored-course").First);
        await Page.GetByTestId("authored-course").First.ClickAsync();
        await Page.GetByTestId("question-bank").ClickAsync();
        return await InteractiveAsync(Page.GetByTestId("upload-gift"));
    }

    /// <summary>The button opens the file picker once the page answers clicks (after prerendering).</summary>
    private static async Task<ILocator> InteractiveAsync(ILocator button)
    {
        await Assertions.Expect(button.Page.GetByTestId("interactive").First).ToBeAttachedAsync();
        return button;
    }
}
