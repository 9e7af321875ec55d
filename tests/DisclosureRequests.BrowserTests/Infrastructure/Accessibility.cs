using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>Runs axe-core on the page as it stands: labels, names, roles, contrast, landmarks, language.</summary>
public static class Accessibility
{
    /// <remarks>
    /// Frames are left out: the report's frame is sandboxed without scripts, so axe-core cannot run inside it and
    /// would wait on it forever. The report's own document is checked on its own page.
    /// </remarks>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { Iframes = false });
        Assert.NotEmpty(result.Passes);
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Presses Tab, as a keyboard user would, until the element <paramref name="selector"/> names has focus.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{selector} cannot be reached with the Tab key");
    }
}
