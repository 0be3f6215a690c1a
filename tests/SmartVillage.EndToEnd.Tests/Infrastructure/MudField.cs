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
