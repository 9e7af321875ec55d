using System.Net.Http.Json;
using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// Art. 32: when a consulted third party objected with reasons, the reply form asks for the reasons to disclose all
/// the same, party by party, and the legal reviewer reads them in the draft.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ObjectionOverrideDraftTests(Site site)
{
    private const string Officer = "wu.chengban@agency.gov.cn";
    private const string Reviewer = "zheng.shenhe@agency.gov.cn";
    private const string Party = "某建设集团有限公司";
    private const string Reasons = "中标价格属于财政资金使用情况，不公开可能对公共利益造成重大影响。";

    [Fact]
    public async Task An_officer_disclosing_over_an_objection_gives_the_reasons_the_reviewer_then_reads()
    {
        var receipt = await site.System.FileAsync("王安石");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "吴承办", "承办人员");
        await StaffDesk.OpenAndAssignAsync(officer, receipt.TrackingNumber, Officer);
        using var api = site.System.Officer();
        (await api.PostAsJsonAsync($"/api/cases/{receipt.Id}/third-party-consultations",
            new { parties = new[] { new { name = Party, email = "legal@builder.example.cn" } } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/api/cases/{receipt.Id}/third-party-responses",
            new { consultationId = "c1", response = "objection", reasons = "涉及商业秘密" })).EnsureSuccessStatusCode();
        await StaffDesk.OpenCaseAsync(officer, receipt.TrackingNumber);

        var form = officer.Locator("#draft-form");
        var reasons = form.GetByLabel($"决定向{Party}公开的理由（其不同意公开的理由：涉及商业秘密）");
        await form.GetByLabel("答复类型").SelectOptionAsync("withheld");
        await Expect(reasons).ToBeHiddenAsync();
        await form.GetByLabel("答复类型").SelectOptionAsync("disclosed");
        await Expect(reasons).ToBeVisibleAsync();
        await form.GetByLabel("答复内容").FillAsync("现将您申请的信息提供给您。");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交法制审核" }).ClickAsync();
        await Expect(form.Locator("[data-error-for=overriddenObjections]")).ToContainTextAsync($"{Party}不同意公开");
        await Accessibility.AssertNoViolationsAsync(officer);
        await Screenshots.TakeAsync(officer, "staff-draft-objection");

        await reasons.FillAsync(Reasons);
        await form.GetByRole(AriaRole.Button, new() { Name = "提交法制审核" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("法制审核中");

        await using var reviewerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var reviewer = await StaffDesk.SignInAsync(site, reviewerBrowser, Reviewer, "郑审核", "法制审核人员");
        await StaffDesk.OpenCaseAsync(reviewer, receipt.TrackingNumber);
        await Expect(reviewer.Locator("#draft-overrides-shown")).ToHaveTextAsync($"{Party}：{Reasons}");
    }
}
