using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// Information already public (Art. 36(1)) and a publication (Art. 39(2)) are answered by telling the applicant how
/// and where to obtain it: the reply form asks for the route when the officer picks either, and the legal reviewer
/// reads it in the draft.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessRouteDraftTests(Site site)
{
    private const string Officer = "wu.chengban@agency.gov.cn";
    private const string Reviewer = "zheng.shenhe@agency.gov.cn";
    private const string Route = "本机关门户网站“政府信息公开—法定主动公开内容”栏目（https://www.example.gov.cn/xxgk）";

    [Fact]
    public async Task An_officer_answers_that_the_information_is_already_public_naming_how_and_where_to_obtain_it()
    {
        var receipt = await site.System.FileAsync("司马光");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "吴承办", "承办人员");
        await StaffDesk.OpenAndAssignAsync(officer, receipt.TrackingNumber, Officer);

        var form = officer.Locator("#draft-form");
        await form.GetByLabel("答复类型").SelectOptionAsync("disclosed");
        await Expect(form.GetByLabel("获取方式和途径")).ToBeHiddenAsync();
        await form.GetByLabel("理由", new() { Exact = true }).SelectOptionAsync("already-public");
        await Expect(form.GetByLabel("获取方式和途径")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer);

        await form.GetByLabel("答复内容").FillAsync("经查，您申请的信息本机关已主动公开。");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交法制审核" }).ClickAsync();
        await Expect(form.Locator("[data-error-for=accessRoute]")).ToContainTextAsync("获取该信息的方式和途径");
        await Expect(form.GetByLabel("获取方式和途径")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("获取该信息的方式和途径"));

        await form.GetByLabel("获取方式和途径").FillAsync(Route);
        await form.GetByRole(AriaRole.Button, new() { Name = "提交法制审核" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("法制审核中");

        await using var reviewerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var reviewer = await StaffDesk.SignInAsync(site, reviewerBrowser, Reviewer, "郑审核", "法制审核人员");
        await StaffDesk.OpenCaseAsync(reviewer, receipt.TrackingNumber);
        await Expect(reviewer.Locator("#draft-outcome-shown")).ToContainTextAsync("第三十六条第（一）项");
        await Expect(reviewer.Locator("#draft-route-shown")).ToHaveTextAsync(Route);
        await Expect(reviewer.Locator("#draft-releases-missing")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_route_is_asked_for_a_publication_answer_and_not_for_a_plain_disclosure()
    {
        var receipt = await site.System.FileAsync("欧阳修");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "吴承办", "承办人员");
        await StaffDesk.OpenAndAssignAsync(officer, receipt.TrackingNumber, Officer);

        var form = officer.Locator("#draft-form");
        await form.GetByLabel("答复类型").SelectOptionAsync("not-processed");
        await form.GetByLabel("理由", new() { Exact = true }).SelectOptionAsync("publication");
        await Expect(form.GetByLabel("获取方式和途径")).ToBeVisibleAsync();
        await form.GetByLabel("理由", new() { Exact = true }).SelectOptionAsync("duplicate");
        await Expect(form.GetByLabel("获取方式和途径")).ToBeHiddenAsync();
        await form.GetByLabel("答复类型").SelectOptionAsync("disclosed");
        await Expect(form.GetByLabel("理由", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(form.GetByLabel("获取方式和途径")).ToBeHiddenAsync();
    }
}
