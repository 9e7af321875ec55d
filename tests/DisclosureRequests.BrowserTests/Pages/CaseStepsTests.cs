using System.Net.Http.Json;
using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// The steps around the reply, each taken through its form on the case page: a third party consulted and its
/// objection recorded, an extension asked and approved by the head of the office, a processing fee noticed and paid;
/// after the reply, an administrator records a reconsideration and a lawsuit. Refusals read as the server gives them.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CaseStepsTests(Site site)
{
    private const string Officer = "sun.chengban@agency.gov.cn";
    private const string Approver = "zhou.zhuren@agency.gov.cn";

    [Fact]
    public async Task An_officer_consults_a_third_party_asks_for_an_extension_and_charges_a_fee_and_the_history_shows_each_step()
    {
        var receipt = await site.System.FileAsync("诸葛亮");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "孙承办", "承办人员");
        await StaffDesk.OpenAndAssignAsync(officer, receipt.TrackingNumber, Officer);
        await Expect(officer.Locator("#clock-counted")).ToHaveTextAsync("0 个工作日（不含暂停计时期间）");

        var consultation = officer.Locator("#consultation-form");
        await consultation.GetByLabel("第三方（《条例》第三十二条）").CheckAsync();
        await consultation.GetByLabel("名称", new() { Exact = true }).FillAsync("某建设集团有限公司");
        await consultation.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync("legal@jianshe.example.cn");
        await consultation.GetByRole(AriaRole.Button, new() { Name = "发出征求意见书" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("征求第三方意见");
        await Expect(officer.Locator("#clock-state")).ToHaveTextAsync("暂停计时");
        await Expect(officer.Locator("#clock-pauses")).ToContainTextAsync("征求某建设集团有限公司意见");
        await Screenshots.TakeAsync(officer, "staff-case-consulting");
        await Accessibility.AssertNoViolationsAsync(officer);

        var response = officer.Locator("#response-form");
        await response.GetByLabel("被征求意见方").SelectOptionAsync(new SelectOptionValue { Label = "某建设集团有限公司（第三方，2026年3月2日发出）" });
        await response.GetByLabel("不同意公开", new() { Exact = true }).CheckAsync();
        await response.GetByRole(AriaRole.Button, new() { Name = "记录答复" }).ClickAsync();
        await Expect(officer.Locator("#action-problem")).ToContainTextAsync("请记录第三方不同意公开的理由");
        await Expect(response.Locator("[data-error-for=reasons]")).ToContainTextAsync("请记录第三方不同意公开的理由");
        await response.GetByLabel("不同意公开的理由（不同意的须记录）").FillAsync("涉及本公司投标报价等商业秘密");
        await response.GetByRole(AriaRole.Button, new() { Name = "记录答复" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("办理中");
        await Expect(officer.Locator("#history")).ToContainTextAsync("收到第三方意见");
        await Expect(officer.Locator("#history")).ToContainTextAsync("意见：不同意公开");

        var extension = officer.Locator("#extension-form");
        await extension.GetByLabel("延长的期限（工作日）").FillAsync("21");
        await extension.GetByLabel("延长答复期限的理由（将告知申请人）").FillAsync("所需信息涉及多个项目，需要调取档案逐一核对");
        await extension.GetByRole(AriaRole.Button, new() { Name = "报请负责人同意" }).ClickAsync();
        await Expect(extension.Locator("[data-error-for=workingDays]")).ToContainTextAsync("延长期限为1至20个工作日");
        await extension.GetByLabel("延长的期限（工作日）").FillAsync("15");
        await extension.GetByRole(AriaRole.Button, new() { Name = "报请负责人同意" }).ClickAsync();
        await Expect(officer.Locator("#history")).ToContainTextAsync("申请延期");
        await Expect(officer.Locator("#clock-extension")).ToHaveTextAsync("15 个工作日（待审批）");
        await Expect(officer.Locator("#extension-form")).ToBeHiddenAsync();

        await using var approverBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var approver = await StaffDesk.SignInAsync(site, approverBrowser, Approver, "周主任", "审批负责人");
        await StaffDesk.OpenCaseAsync(approver, receipt.TrackingNumber);
        var decision = approver.Locator("#extension-decision-form");
        await Expect(decision).ToContainTextAsync("申请延长 15 个工作日");
        await Expect(decision).ToContainTextAsync("提出延期的人员不能审批本人的延期申请。");
        await Screenshots.TakeAsync(approver, "staff-case-extension-decision");
        await Accessibility.AssertNoViolationsAsync(approver);
        await decision.GetByLabel("同意延长", new() { Exact = true }).CheckAsync();
        await decision.GetByRole(AriaRole.Button, new() { Name = "提交审批意见" }).ClickAsync();
        await Expect(approver.Locator("#clock-extension")).ToHaveTextAsync("15 个工作日（已批准）");
        await Expect(approver.Locator("#history")).ToContainTextAsync("批准延期");
        await Expect(approver.Locator("#extension-decision-form")).ToBeHiddenAsync();

        await officer.ReloadAsync();
        await Expect(officer.Locator("#extension-form")).ToBeHiddenAsync();
        var fee = officer.Locator("#fee-form");
        await fee.GetByLabel("按量计收").CheckAsync();
        await fee.GetByLabel("件数或页数").FillAsync("50");
        await fee.GetByRole(AriaRole.Button, new() { Name = "发出收费通知" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("待缴费");
        await Expect(officer.Locator("#history")).ToContainTextAsync("发出收费通知");
        var payment = officer.Locator("#fee-payment-form");
        await Expect(payment).ToContainTextAsync("收费通知载明的金额：200 元");
        await payment.GetByLabel("缴纳金额（元）").FillAsync("100");
        await payment.GetByRole(AriaRole.Button, new() { Name = "记录缴费" }).ClickAsync();
        await Expect(payment.Locator("[data-error-for=amount]")).ToContainTextAsync("收费通知载明的金额为200元。");
        await Screenshots.TakeAsync(officer, "staff-case-fee-refused");
        await payment.GetByLabel("缴纳金额（元）").FillAsync("200");
        await payment.GetByRole(AriaRole.Button, new() { Name = "记录缴费" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("办理中");
        await Expect(officer.Locator("#history")).ToContainTextAsync("缴纳费用");
        await Expect(officer.Locator("#history")).ToContainTextAsync("金额（元）：200");
        await Expect(officer.Locator("#fee-form")).ToBeHiddenAsync();
        await Screenshots.TakeAsync(officer, "staff-case-steps");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    [Fact]
    public async Task An_administrator_records_a_reconsideration_and_the_lawsuit_after_it_on_a_replied_case()
    {
        var receipt = await site.System.FileAsync("司马相如");
        await site.System.ReplyAsync(receipt.Id);
        await using var adminBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var admin = await StaffDesk.SignInAsync(site, adminBrowser, "wu.guanli@agency.gov.cn", "吴管理", "系统管理员");
        // A replied case has left the worklist of open cases; its page is still at its address.
        await admin.GotoAsync($"/staff/cases/{receipt.Id}");
        await Expect(admin.Locator("#case-status")).ToHaveTextAsync("已答复");

        var litigation = admin.Locator("#litigation-form");
        await Expect(litigation.GetByLabel("复议后起诉")).ToBeDisabledAsync();
        await admin.Locator("#reconsideration-form").GetByLabel("行政复议结果").SelectOptionAsync("corrected");
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记行政复议" }).ClickAsync();
        await Expect(admin.Locator("#history")).ToContainTextAsync("记录行政复议结果");
        await Expect(admin.Locator("#history")).ToContainTextAsync("结果：结果纠正");

        await litigation.GetByLabel("复议后起诉").CheckAsync();
        await litigation.GetByLabel("行政诉讼结果").SelectOptionAsync("pending");
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记行政诉讼" }).ClickAsync();
        await Expect(admin.Locator("#history")).ToContainTextAsync("起诉方式：复议后起诉；结果：尚未审结");
        await Screenshots.TakeAsync(admin, "staff-case-remedies");
        await Accessibility.AssertNoViolationsAsync(admin);
    }

    [Fact]
    public async Task An_officer_refers_information_for_a_secrecy_determination_and_the_clock_pauses_for_it()
    {
        var receipt = await site.System.FileAsync("司马迁");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "孙承办", "承办人员");
        await StaffDesk.OpenAndAssignAsync(officer, receipt.TrackingNumber, Officer);

        var consultation = officer.Locator("#consultation-form");
        await consultation.GetByLabel("有关主管部门或者保密行政管理部门（保密审查，《条例》第十七条）").CheckAsync();
        await consultation.GetByLabel("征求意见所涉及的政府信息").FillAsync("涉及军事管理区路段的施工图纸");
        await consultation.GetByLabel("名称", new() { Exact = true }).FillAsync("某市国家保密局");
        await consultation.GetByLabel("通信地址（无电子邮箱的填写）").FillAsync("某市某区人民路8号");
        await consultation.GetByRole(AriaRole.Button, new() { Name = "发出征求意见书" }).ClickAsync();

        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("征求其他机关意见");
        await Expect(officer.Locator("#clock-state")).ToHaveTextAsync("暂停计时");
        await Expect(officer.Locator("#history")).ToContainTextAsync("目的：报请确定能否公开（保密审查，《条例》第十七条）");
        await Expect(officer.Locator("#history")).ToContainTextAsync("所涉及的政府信息：涉及军事管理区路段的施工图纸");
        await Expect(officer.Locator("#response-consultation")).ToContainTextAsync("某市国家保密局（报请确定能否公开，");
        await Accessibility.AssertNoViolationsAsync(officer);
        using var api = site.System.Officer();
        var referral = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{receipt.Id}");
        Assert.Equal("涉及军事管理区路段的施工图纸", referral.GetProperty("consultations")[0].GetProperty("information").GetString());
    }
}
