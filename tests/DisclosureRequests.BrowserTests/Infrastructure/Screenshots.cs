using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>Full-page pictures of what the citizen saw, in artifacts/screenshots, to look at after a run.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public static Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
