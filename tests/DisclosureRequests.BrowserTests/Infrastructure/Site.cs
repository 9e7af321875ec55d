namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>The app and a browser, started once for every browser test: they run one after another.</summary>
public sealed class Site : IAsyncLifetime
{
    private LiveSystem? system;
    private Browser? browser;

    public LiveSystem System => system!;
    public Browser Browser => browser!;

    public async Task InitializeAsync()
    {
        system = await LiveSystem.StartAsync();
        browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        if (system is not null) await system.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<Site>
{
    public const string Name = "site";
}
