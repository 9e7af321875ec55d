using Microsoft.Playwright;

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
}
