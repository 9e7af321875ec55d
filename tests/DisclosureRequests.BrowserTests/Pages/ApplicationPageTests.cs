using System.Text.RegularExpressions;
using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

[Collection(SiteCollection.Name)]
public sealed partial class ApplicationPageTests(Site site)
{
    [Fact]
    public async Task A_citizen_files_an_application_and_sees_the_tracking_number_access_code_and_due_date()
    {
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();
        var before = await site.System.CaseCountAsync();

        await page.GotoAsync("/");
        await Screenshots.TakeAsync(page, "apply");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("自然人（公民）").CheckAsync();
        await page.GetByLabel("姓名").FillAsync("张三");
        await page.GetByLabel("身份证件号码").FillAsync("110101199003070011");
        await page.GetByLabel("电子邮箱").FillAsync("zhangsan@example.cn");
        await page.GetByLabel("联系电话").FillAsync("13800000000");
        await page.GetByLabel("申请公开的政府信息").FillAsync("2025年本市道路养护工程的招标文件和中标结果");
        await page.GetByLabel("电子文本").CheckAsync();
        await page.GetByLabel("电子邮件").CheckAsync();
        await page.GetByLabel("附件（选填）").SetInputFilesAsync(new FilePayload
        {
            Name = "身份证明.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("申请人张三的身份证明"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).DblClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请已提交" })).ToBeVisibleAsync();
        await Expect(page.Locator("#receipt-number")).ToHaveTextAsync(TrackingNumber());
        await Expect(page.Locator("#receipt-code")).ToHaveTextAsync(AccessCode());
        await Expect(page.Locator("#receipt-received")).ToHaveTextAsync("2026年3月2日");
        await Expect(page.Locator("#receipt-due")).ToContainTextAsync("2026年3月30日");
        await Expect(page.Locator("#receipt-email")).ToContainTextAsync("本机关已向您填写的电子邮箱发送确认码");
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("查询码只在此显示一次");
        await Expect(page.Locator("#receipt-attachments")).ToHaveTextAsync("已上传附件 1 个。");
        await Screenshots.TakeAsync(page, "apply-receipt");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(before + 1, await site.System.CaseCountAsync());

        var number = await page.Locator("#receipt-number").TextContentAsync();
        var code = await page.Locator("#receipt-code").TextContentAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "查询申请办理进度" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + number })).ToBeVisibleAsync();
        await Expect(page.Locator("#attachments-list")).ToContainTextAsync("身份证明.txt");
        Assert.EndsWith("/track", page.Url);
        Assert.DoesNotContain(code!, page.Url);
    }

    [Fact]
    public async Task Field_errors_appear_next_to_the_fields_and_nothing_is_filed()
    {
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();
        var before = await site.System.CaseCountAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("提交的内容不完整或有误");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "姓名：此项为必填项" })).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "申请公开的政府信息：此项为必填项" })).ToBeVisibleAsync();
        await Expect(page.Locator("#error-applicant-type")).ToContainTextAsync("申请人类型应为");
        await Expect(page.Locator("#error-name")).ToHaveTextAsync("此项为必填项");
        await Expect(page.Locator("#error-contact")).ToContainTextAsync("至少提供电子邮箱、电话或通信地址中的一项");
        await Expect(page.Locator("#error-description")).ToHaveTextAsync("此项为必填项");
        await Expect(page.Locator("#error-format")).ToContainTextAsync("电子或纸质");
        await Expect(page.Locator("#error-delivery")).ToContainTextAsync("获取方式");
        await Expect(page.GetByLabel("姓名")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("姓名")).ToHaveAccessibleDescriptionAsync(new Regex("此项为必填项"));
        await Screenshots.TakeAsync(page, "apply-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("商业企业").CheckAsync();
        await page.GetByLabel("名称").FillAsync("某某科技有限公司");
        await page.GetByLabel("电子邮箱").FillAsync("office@example.cn");
        await page.GetByLabel("申请公开的政府信息").FillAsync("本区2025年政府采购项目的中标公告");
        await page.GetByLabel("纸质文本").CheckAsync();
        await page.GetByLabel("邮寄").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Expect(page.Locator("#error-organization-code")).ToHaveTextAsync("此项为必填项");
        await Expect(page.Locator("#error-address")).ToContainTextAsync("请提供通信地址");
        await Expect(page.Locator("#error-name")).ToBeHiddenAsync();
        await Expect(page.GetByLabel("身份证件号码")).ToBeHiddenAsync();
        Assert.Equal(before, await site.System.CaseCountAsync());
    }

    [Fact]
    public async Task A_citizen_files_with_the_keyboard_alone()
    {
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();
        await page.GotoAsync("/");

        await Accessibility.TabToAsync(page, "input[name=applicant-type]");
        await page.Keyboard.PressAsync("Space");
        await Accessibility.TabToAsync(page, "#name");
        await page.Keyboard.TypeAsync("赵六");
        await Accessibility.TabToAsync(page, "#phone");
        await page.Keyboard.TypeAsync("010-12345678");
        await Accessibility.TabToAsync(page, "#description");
        await page.Keyboard.TypeAsync("本区2025年财政预算执行情况报告");
        await Accessibility.TabToAsync(page, "input[name=format]");
        await page.Keyboard.PressAsync("ArrowDown");
        await Accessibility.TabToAsync(page, "input[name=delivery]");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Accessibility.TabToAsync(page, "#submit");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "申请已提交" })).ToBeFocusedAsync();
        await Expect(page.Locator("#receipt-due")).ToContainTextAsync("2026年3月30日");
        await page.GotoAsync("/track");
        await Expect(page.Locator("#case-format")).ToHaveTextAsync("纸质文本；当面领取");
    }

    [Fact]
    public async Task The_application_page_reads_on_a_phone_and_loads_no_inline_script()
    {
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address, width: 390, height: 844);
        var page = await visitor.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) violations.Add(message.Text); };

        var response = await page.GotoAsync("/");

        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "提交政府信息公开申请" })).ToBeVisibleAsync();
        var scrolls = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(scrolls, "the page scrolls sideways on a phone");
        Assert.Empty(await page.Locator("script:not([src])").AllAsync());
        Assert.Empty(violations);
        await Screenshots.TakeAsync(page, "apply-phone");
    }

    [GeneratedRegex(@"^\d{4}-\d{6}$")]
    private static partial Regex TrackingNumber();

    [GeneratedRegex(@"^[0-9A-Z]{20}$")]
    private static partial Regex AccessCode();
}
