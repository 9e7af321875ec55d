using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// An applicant lost the access code: the officer checks who they are, generates a new code on the case page and
/// gives it to them; the applicant follows the application with it, and the old code no longer opens it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class AccessCodeReissueTests(Site site)
{
    [Fact]
    public async Task An_officer_gives_a_new_access_code_after_checking_identity_and_the_applicant_follows_the_case_with_it()
    {
        var receipt = await site.System.FileAsync();
        await using var desk = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, desk, "zhou.chengban@agency.gov.cn", "周承办", "承办人员");
        await StaffDesk.OpenCaseAsync(officer, receipt.TrackingNumber);

        var section = officer.GetByRole(AriaRole.Region, new() { Name = "查询码" });
        await section.GetByRole(AriaRole.Button, new() { Name = "重新生成查询码" }).ClickAsync();
        await Expect(section.Locator("[data-error-for=identityCheck]")).ToContainTextAsync("请写明如何核实了申请人的身份");
        await section.GetByLabel("身份核实方式").FillAsync("申请人持居民身份证到受理窗口，经核对与申请信息一致");
        await section.GetByRole(AriaRole.Button, new() { Name = "重新生成查询码" }).ClickAsync();

        var code = section.Locator("#access-code-value");
        await Expect(code).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{20}$"));
        await Expect(section).ToContainTextAsync("原查询码已失效");
        await Expect(officer.Locator("#history")).ToContainTextAsync("重新生成查询码");
        await Expect(officer.Locator("#history")).ToContainTextAsync("身份核实方式：申请人持居民身份证到受理窗口");
        await Accessibility.AssertNoViolationsAsync(officer);
        await Screenshots.TakeAsync(officer, "staff-access-code");
        var newCode = (await code.TextContentAsync())!;

        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var applicant = await visitor.NewPageAsync();
        await applicant.GotoAsync("/track");
        await LookUpAsync(applicant, receipt.TrackingNumber, receipt.AccessCode);
        await Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("未找到该申请，或查询码不正确");
        await LookUpAsync(applicant, receipt.TrackingNumber, newCode);
        await Expect(applicant.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + receipt.TrackingNumber })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_applicant_with_a_confirmed_address_gets_a_new_code_there_from_the_tracking_page()
    {
        var receipt = await site.System.FileAsync("孟浩然");
        using (var client = site.System.Client())
        using (var confirm = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/email-confirmation")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { code = site.System.EmailConfirmationCode(receipt.Id, "lisi@example.cn") }),
        })
        {
            confirm.Headers.Add("X-Access-Code", receipt.AccessCode);
            (await client.SendAsync(confirm)).EnsureSuccessStatusCode();
        }
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();
        await page.GotoAsync("/track");

        var recovery = page.Locator("#recovery");
        await recovery.GetByText("遗失查询码").ClickAsync();
        await recovery.GetByRole(AriaRole.Button, new() { Name = "发送新查询码" }).ClickAsync();
        await Expect(recovery.Locator("[data-error-for=trackingNumber]")).ToHaveTextAsync("此项为必填项");
        await recovery.GetByRole(AriaRole.Textbox, new() { Name = "申请编号" }).FillAsync(receipt.TrackingNumber);
        await recovery.GetByRole(AriaRole.Textbox, new() { Name = "电子邮箱" }).FillAsync("lisi@example.cn");
        await recovery.GetByRole(AriaRole.Button, new() { Name = "发送新查询码" }).ClickAsync();
        await Expect(recovery.GetByRole(AriaRole.Status)).ToContainTextAsync("新查询码已发送到该邮箱");
        await Accessibility.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "track-recovery");

        await site.System.DeliverLettersAsync(receipt.Id);
        var mailed = (await site.System.MailTextsAsync(receipt.Id)).Select(t => NewCode().Match(t)).Single(m => m.Success).Groups[1].Value;
        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未找到该申请，或查询码不正确");
        await LookUpAsync(page, receipt.TrackingNumber, mailed);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + receipt.TrackingNumber })).ToBeVisibleAsync();
    }

    [System.Text.RegularExpressions.GeneratedRegex("新查询码：([0-9A-Z]{20})")]
    private static partial System.Text.RegularExpressions.Regex NewCode();

    private static async Task LookUpAsync(IPage page, string trackingNumber, string accessCode)
    {
        var form = page.Locator("#lookup-form");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "申请编号" }).FillAsync(trackingNumber);
        await form.GetByRole(AriaRole.Textbox, new() { Name = "查询码" }).FillAsync(accessCode);
        await form.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
    }
}
