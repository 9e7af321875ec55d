using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>A member of staff at their own browser, signed in through the development sign-in page.</summary>
public static class StaffDesk
{
    public static async Task<IPage> SignInAsync(Site site, IBrowserContext context, string id, string name, string roleLabel, bool keyboard = false, bool check = false)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "请先登录" })).ToBeVisibleAsync();
        if (check)
        {
            await Screenshots.TakeAsync(page, "staff-signed-out");
            await Accessibility.AssertNoViolationsAsync(page);
        }
        if (keyboard) await KeyboardOnly.PressAsync(page, "main a[href='/staff/sign-in']");
        else await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本地开发登录" })).ToBeVisibleAsync();
        if (check)
        {
            await Screenshots.TakeAsync(page, "staff-sign-in");
            await Accessibility.AssertNoViolationsAsync(page);
        }
        if (keyboard)
        {
            await Accessibility.TabToAsync(page, "#sign-in-id");
            await page.Keyboard.TypeAsync(id);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(name);
            await Accessibility.TabToAsync(page, $"input[name=roles][value={Role(roleLabel)}]");
            await page.Keyboard.PressAsync("Space");
            await Accessibility.TabToAsync(page, "#sign-in-form button[type=submit]");
            await page.Keyboard.PressAsync("Enter");
        }
        else
        {
            await page.GetByLabel("登录账号（电子邮箱）").FillAsync(id);
            await page.GetByLabel("姓名").FillAsync(name);
            await page.GetByLabel(roleLabel, new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办列表" })).ToBeVisibleAsync();
        await Expect(page.Locator("#who")).ToHaveTextAsync(name);
        return page;
    }

    private static string Role(string label) => label switch
    {
        "承办人员" => "CaseOfficer",
        "法制审核人员" => "LegalReviewer",
        "审批负责人" => "Approver",
        _ => "Administrator",
    };

    public static async Task OpenCaseAsync(IPage page, string trackingNumber)
    {
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "检索" }).FillAsync(trackingNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = trackingNumber }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + trackingNumber })).ToBeVisibleAsync();
    }

    /// <summary>Opens the case from the worklist and assigns it to <paramref name="officer"/> through the assign form.</summary>
    public static async Task OpenAndAssignAsync(IPage page, string trackingNumber, string officer)
    {
        await OpenCaseAsync(page, trackingNumber);
        await page.Locator("#assign-officer").SelectOptionAsync(officer);
        await page.GetByRole(AriaRole.Button, new() { Name = "分办", Exact = true }).ClickAsync();
        await Expect(page.Locator("#case-message")).ToHaveTextAsync("已分办。");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("办理中");
    }
}
