using Microsoft.Playwright;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright. Playwright gives each launch a fresh profile; the flags keep
/// Chromium from calling out to the network, which this machine does not have.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser chromium;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; ./test installs it.");
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Flags,
        });
        return new Browser(playwright, chromium);
    }

    /// <summary>A new visitor: no cookies, no session storage, the page's language Chinese.</summary>
    public Task<IBrowserContext> VisitorAsync(Uri baseAddress, int width = 1024, int height = 900) =>
        chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    public async ValueTask DisposeAsync()
    {
        await chromium.CloseAsync();
        playwright.Dispose();
    }
}
