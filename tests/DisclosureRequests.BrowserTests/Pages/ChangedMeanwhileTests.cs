using DisclosureRequests.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// An officer acts on the case as the page shows it: when someone else changed the case after the page was opened,
/// nothing is done, the page shows the case as it now stands and says so, and what the officer typed is kept.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ChangedMeanwhileTests(Site site)
{
    private const string Officer = "qian.chengban@agency.gov.cn";

    [Fact]
    public async Task A_draft_sent_from_a_page_the_case_has_moved_past_is_not_submitted_and_the_page_shows_the_change_keeping_the_text()
    {
        var receipt = await site.System.FileAsync("上官婉儿");
        await using var browser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, browser, Officer, "钱承办", "承办人员");
        await StaffDesk.OpenAndAssignAsync(officer, receipt.TrackingNumber, Officer);
        await officer.GetByLabel("答复类型").SelectOptionAsync("disclosed");
        await officer.Locator("#draft-summary").FillAsync("经查，您申请的信息予以公开，见附件。");

        var linesBefore = await officer.Locator("#history tr").CountAsync();
        // A colleague hands the case on while the page is open.
        await site.System.ActAsOfficerAsync(receipt.Id, "assign", new { assignee = Officer });
        await officer.Locator("#draft-form button[type=submit]").ClickAsync();

        var problem = officer.Locator("#action-problem");
        await Expect(problem).ToContainTextAsync("该申请在您打开页面后已被他人办理，您的操作未提交");
        await Expect(problem).ToBeFocusedAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("办理中");
        await Expect(officer.Locator("#history tr")).ToHaveCountAsync(linesBefore + 1);
        await Expect(officer.Locator("#draft-summary")).ToHaveValueAsync("经查，您申请的信息予以公开，见附件。");
        await Screenshots.TakeAsync(officer, "staff-case-changed-meanwhile");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.Locator("#draft-form button[type=submit]").ClickAsync();
        await Expect(officer.Locator("#case-message")).ToHaveTextAsync("答复草稿已提交法制审核。");
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("法制审核中");
        await Expect(problem).ToBeHiddenAsync();
    }
}
