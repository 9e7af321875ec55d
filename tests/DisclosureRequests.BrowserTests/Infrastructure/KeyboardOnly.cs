using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>What a person without a mouse does: Tab to a control, type, pick with the arrow keys, press Enter or Space.</summary>
public static class KeyboardOnly
{
    public static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await Accessibility.TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to a closed picker and presses the down arrow until <paramref name="value"/> is chosen.</summary>
    public static async Task ChooseAsync(IPage page, string selector, string value)
    {
        await Accessibility.TabToAsync(page, selector);
        for (var presses = 0; presses < 40; presses++)
        {
            if (await page.EvaluateAsync<string>("s => document.querySelector(s).value", selector) == value) return;
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Fail($"{value} cannot be chosen in {selector} with the arrow keys");
    }

    /// <summary>Tabs into a radio group and moves with the arrow keys until <paramref name="value"/> is checked.</summary>
    public static async Task CheckRadioAsync(IPage page, string name, string value)
    {
        await Accessibility.TabToAsync(page, $"input[type=radio][name='{name}']");
        await page.Keyboard.PressAsync("Space");
        for (var presses = 0; presses < 10; presses++)
        {
            if (await page.EvaluateAsync<bool>("([n, v]) => document.querySelector(`input[name='${n}'][value='${v}']`).checked", new[] { name, value })) return;
            await page.Keyboard.PressAsync("ArrowRight");
        }
        Assert.Fail($"{value} cannot be checked in {name} with the arrow keys");
    }

    public static async Task PressAsync(IPage page, string selector, string key = "Enter")
    {
        await Accessibility.TabToAsync(page, selector);
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>
    /// Types a date (yyyy-MM-dd) into a date field as a person does, in the order the field shows its parts: Chromium
    /// takes that order from the machine's language (年/月/日 or month/day/year), so each order is tried from the
    /// field's first part until the field holds the date.
    /// </summary>
    public static async Task TypeDateAsync(IPage page, string selector, string date)
    {
        var (year, month, day) = (date[..4], date[5..7], date[8..]);
        foreach (var parts in new[] { new[] { year, "ArrowRight", month + day }, [month + day + year], [day + month + year] })
        {
            await Accessibility.TabToAsync(page, selector);
            for (var presses = 0; presses < 3; presses++) await page.Keyboard.PressAsync("Shift+Tab");
            await Accessibility.TabToAsync(page, selector);
            foreach (var part in parts)
            {
                if (part == "ArrowRight") await page.Keyboard.PressAsync(part);
                else await page.Keyboard.TypeAsync(part);
            }
            if (await page.EvaluateAsync<string>("s => document.querySelector(s).value", selector) == date) return;
        }
        Assert.Fail($"{date} cannot be typed into {selector}");
    }

    /// <summary>Tabs to the one of several like controls (a row's button) that reads <paramref name="text"/>, and presses Enter.</summary>
    public static async Task PressNamedAsync(IPage page, string selector, string text)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await page.EvaluateAsync<bool>("([s, t]) => (document.activeElement?.matches(s) ?? false) && document.activeElement.textContent.trim() === t", new[] { selector, text }))
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{text} in {selector} cannot be reached with the Tab key");
    }

    /// <summary>
    /// Tabs to a download link and presses Enter. The download is awaited through the page's event, since waiting
    /// for it around a key press never completes where a click's wait does.
    /// </summary>
    public static async Task<IDownload> DownloadAsync(IPage page, string selector)
    {
        await Accessibility.TabToAsync(page, selector);
        var downloaded = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnDownload(object? sender, IDownload download) => downloaded.TrySetResult(download);
        page.Download += OnDownload;
        try
        {
            await page.Keyboard.PressAsync("Enter");
            return await downloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Download -= OnDownload;
        }
    }

    /// <summary>Searches the worklist for the tracking number and follows the case's link.</summary>
    public static async Task OpenCaseAsync(IPage page, string trackingNumber)
    {
        await TypeIntoAsync(page, "#search-q", trackingNumber);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#worklist-rows tr")).ToHaveCountAsync(1);
        await PressAsync(page, "#worklist-rows a");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + trackingNumber })).ToBeVisibleAsync();
    }
}
