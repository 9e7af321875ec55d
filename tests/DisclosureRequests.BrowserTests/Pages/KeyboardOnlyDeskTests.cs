using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// The sign-in, the print queue and the administrator's page used with the keyboard alone: Tab and Shift+Tab to
/// move, arrow keys to pick, Enter and Space to act; the mouse is never used.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardOnlyDeskTests(Site site)
{
    [Fact]
    public async Task A_member_of_staff_signs_in_with_two_roles_and_out_again_with_the_keyboard_alone()
    {
        await using var browser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff");
        await KeyboardOnly.PressAsync(page, "main a[href='/staff/sign-in']");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本地开发登录" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await KeyboardOnly.TypeIntoAsync(page, "#sign-in-id", "sun.chengban@agency.gov.cn");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("孙承办");
        await KeyboardOnly.PressAsync(page, "#sign-in-form button[type=submit]");
        await Expect(page.Locator("#sign-in-problem")).ToBeFocusedAsync();
        await Expect(page.Locator("#sign-in-problem")).ToContainTextAsync("角色");
        await Accessibility.AssertNoViolationsAsync(page);
        // The summary's link leads to the first role, so the keyboard need not search for it.
        await KeyboardOnly.PressAsync(page, "#sign-in-problem a");
        await Expect(page.Locator("#sign-in-role-case-officer")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await KeyboardOnly.PressAsync(page, "#sign-in-role-approver", "Space");
        await KeyboardOnly.PressAsync(page, "#sign-in-form button[type=submit]");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办列表" })).ToBeVisibleAsync();
        await Expect(page.Locator("#who")).ToHaveTextAsync("孙承办");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "打印与送达" })).ToBeVisibleAsync();
        await KeyboardOnly.PressAsync(page, "#sign-out");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本地开发登录" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_officer_opens_a_letter_to_post_and_records_it_posted_with_the_keyboard_alone()
    {
        var receipt = await site.System.FileForPostAsync("诸葛亮", "2025年本区农田水利建设项目的验收报告");
        await site.System.DeliverLettersAsync(receipt.Id);
        await using var browser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, browser, "sun.chengban@agency.gov.cn", "孙承办", "承办人员", keyboard: true);

        await KeyboardOnly.PressAsync(officer, "nav a[href='/staff/print']");
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "打印与送达", Exact = true })).ToBeVisibleAsync();
        await KeyboardOnly.PressAsync(officer, $"#queue button[data-tracking='{receipt.TrackingNumber}'][data-kind=acknowledgement]");
        await Expect(officer.Locator("#letter-title")).ToBeFocusedAsync();
        await Expect(officer.Locator("#letter-title")).ToContainTextAsync(receipt.TrackingNumber);
        await Accessibility.AssertNoViolationsAsync(officer);

        await KeyboardOnly.ChooseAsync(officer, "#dispatch-method", "express");
        await KeyboardOnly.TypeDateAsync(officer, "#dispatch-on", "2026-03-03");
        await Expect(officer.Locator("#dispatch-on")).ToHaveValueAsync("2026-03-03");
        await KeyboardOnly.PressAsync(officer, "#dispatch-form button[type=submit]");
        await Expect(officer.Locator("#dispatch-problem")).ToBeFocusedAsync();
        await Expect(officer.Locator("#dispatch-problem")).ToContainTextAsync("邮寄或送达的日期应在收到申请之日至今天之间。");
        await KeyboardOnly.PressAsync(officer, "#dispatch-problem a[href='#dispatch-on']");
        await Expect(officer.Locator("#dispatch-on")).ToBeFocusedAsync();
        await KeyboardOnly.TypeDateAsync(officer, "#dispatch-on", "2026-03-02");
        await Expect(officer.Locator("#dispatch-on")).ToHaveValueAsync("2026-03-02");
        await KeyboardOnly.PressAsync(officer, "#dispatch-form button[type=submit]", "Space");

        // Where the letter was, the keyboard is told what was recorded, not dropped at the top of the page.
        await Expect(officer.Locator("#queue-status")).ToContainTextAsync($"已记录{receipt.TrackingNumber}");
        await Expect(officer.Locator("#queue-status")).ToBeFocusedAsync();
        await Expect(officer.Locator($"#queue button[data-tracking='{receipt.TrackingNumber}']")).ToHaveCountAsync(0);
        await KeyboardOnly.PressAsync(officer, "nav a[href='/staff']");
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "待办列表" })).ToBeVisibleAsync();
        await KeyboardOnly.OpenCaseAsync(officer, receipt.TrackingNumber);
        await Expect(officer.Locator("#letters")).ToContainTextAsync("已邮寄：2026年3月2日 特快专递");
    }

    [Fact]
    public async Task An_administrator_compiles_the_years_report_downloads_it_and_edits_the_directory_with_the_keyboard_alone()
    {
        await site.System.FileAsync();
        await using var browser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var admin = await StaffDesk.SignInAsync(site, browser, "zhou.guanli@agency.gov.cn", "周管理", "系统管理员", keyboard: true);

        await KeyboardOnly.PressAsync(admin, "nav a[href='/staff/admin']");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "系统管理" })).ToBeVisibleAsync();
        await Expect(admin.Locator("#staff")).ToContainTextAsync("周管理");
        await Accessibility.AssertNoViolationsAsync(admin);

        await Accessibility.TabToAsync(admin, "#report-year");
        await admin.Keyboard.PressAsync("Control+A");
        await admin.Keyboard.TypeAsync("2026");
        await KeyboardOnly.PressAsync(admin, "#report-compile");
        await Expect(admin.Locator("#report-progress")).ToContainTextAsync("2026年度报告已编制完成");
        await Expect(admin.Locator("#report-downloads a[href$='format=xlsx']")).ToBeVisibleAsync();
        var download = await KeyboardOnly.DownloadAsync(admin, "#report-downloads a[href$='format=xlsx']");
        Assert.Equal("annual-report-2026.xlsx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        await Accessibility.AssertNoViolationsAsync(admin);
        var report = await admin.Context.NewPageAsync();
        await report.SetContentAsync((await admin.Locator("#report-frame").GetAttributeAsync("srcdoc"))!);
        await Expect(report.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(report);
        await report.CloseAsync();

        await KeyboardOnly.PressNamedAsync(admin, "#staff button", "修改周管理");
        await Expect(admin.Locator("#staff-id")).ToBeFocusedAsync();
        await Expect(admin.Locator("#staff-id")).ToHaveValueAsync("zhou.guanli@agency.gov.cn");
        await Accessibility.TabToAsync(admin, "#staff-email");
        await admin.Keyboard.PressAsync("Control+A");
        await admin.Keyboard.TypeAsync("zhou.guanli@agency.gov.cn");
        await KeyboardOnly.PressAsync(admin, "#staff-form button[type=submit]");
        await Expect(admin.Locator("#staff-status")).ToHaveTextAsync("已保存周管理。");
        await Expect(admin.Locator("#staff")).ToContainTextAsync("zhou.guanli@agency.gov.cn");
    }
}
