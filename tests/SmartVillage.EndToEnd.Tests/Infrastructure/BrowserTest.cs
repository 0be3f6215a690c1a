using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>One fresh browser context and page per test, closed afterwards.</summary>
[Collection(EndToEndCollection.Name)]
public abstract class BrowserTest(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;
    protected IBrowserContext Context { get; private set; } = default!;
    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Context = await App.NewContextAsync();
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Context.CloseAsync();
        if (App.AppStopped is { } reason) Assert.Fail(reason);
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
