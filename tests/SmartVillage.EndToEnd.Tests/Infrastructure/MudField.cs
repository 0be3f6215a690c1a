using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>Finds what a person types into: the input or textarea of a MudBlazor field, whether the test id sits on it or on its wrapper.</summary>
public static class MudField
{
    public static ILocator Of(IPage page, string testId) => Of(page.Locator("body"), testId);

    public static ILocator Of(ILocator within, string testId) =>
        within.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    /// <summary>Waits until an interactive page's circuit took over (the InteractiveMarker component).</summary>
    public static async Task WaitInteractiveAsync(IPage page) => await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();
}

/// <summary>
/// On a 360 px phone a snackbar sits over the bottom buttons until it fades (a pointer resting on it keeps it open),
/// so a person waits for it to go, and so does a test.
/// </summary>
public static class Snackbars
{
    public static async Task WaitToFadeAsync(IPage page)
    {
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }
}
