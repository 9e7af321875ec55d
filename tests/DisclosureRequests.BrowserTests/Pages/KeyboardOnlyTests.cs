using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// The officer drafts a partial disclosure, the legal reviewer returns it, then passes it, and the approver approves
/// the reply, with the keyboard alone: Tab and Shift+Tab to move, arrow keys to pick, Enter and Space to act; the
/// mouse is never used.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardOnlyTests(Site site)
{
    private const string Officer = "zheng.chengban@agency.gov.cn";
    private const string Reviewer = "feng.shenhe@agency.gov.cn";
    private const string Approver = "chu.shenpi@agency.gov.cn";

    [Fact]
    public async Task A_partial_disclosure_is_drafted_returned_and_passed_with_the_keyboard_alone()
    {
        var receipt = await site.System.FileAsync("上官婉儿");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "郑承办", "承办人员", keyboard: true);
        await KeyboardOnly.OpenCaseAsync(officer, receipt.TrackingNumber);
        await KeyboardOnly.ChooseAsync(officer, "#assign-officer", Officer);
        await KeyboardOnly.PressAsync(officer, "#assign-form button[type=submit]");
        await Expect(officer.Locator("#case-message")).ToHaveTextAsync("已分办。");

        await DraftAsync(officer, "报告予以公开，其中涉及个人信息的部分不予公开。");
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("法制审核中");

        await using var reviewerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var reviewer = await StaffDesk.SignInAsync(site, reviewerBrowser, Reviewer, "冯审核", "法制审核人员", keyboard: true);
        await KeyboardOnly.OpenCaseAsync(reviewer, receipt.TrackingNumber);
        await Expect(reviewer.Locator("#draft-withheld-shown")).ToContainTextAsync("附件二所列住户姓名与电话——4.保护第三方合法权益");
        await KeyboardOnly.CheckRadioAsync(reviewer, "review-decision", "return");
        await KeyboardOnly.PressAsync(reviewer, "#review-form button[type=submit]");
        await Expect(reviewer.Locator("#action-problem")).ToContainTextAsync("须写明理由");
        await Expect(reviewer.Locator("#action-problem")).ToBeFocusedAsync();
        // Back from the refusal to the comments: the link in the summary leads there.
        await KeyboardOnly.PressAsync(reviewer, "#action-problem a[href='#review-comments']");
        await Expect(reviewer.Locator("#review-comments")).ToBeFocusedAsync();
        await reviewer.Keyboard.TypeAsync("请写明不予公开部分的法律依据");
        await reviewer.Keyboard.PressAsync("Shift+Tab");
        await Expect(reviewer.Locator("input[name=review-decision][value=return]")).ToBeFocusedAsync();
        await KeyboardOnly.PressAsync(reviewer, "#review-form button[type=submit]");
        await Expect(reviewer.Locator("#case-status")).ToHaveTextAsync("办理中");

        await officer.ReloadAsync();
        await Expect(officer.Locator("#history")).ToContainTextAsync("请写明不予公开部分的法律依据");
        await DraftAsync(officer, "报告予以公开；涉及个人信息的部分依据《条例》第十五条不予公开。");

        await reviewer.ReloadAsync();
        await KeyboardOnly.CheckRadioAsync(reviewer, "review-decision", "approve");
        await KeyboardOnly.PressAsync(reviewer, "#review-form button[type=submit]", "Space");
        await Expect(reviewer.Locator("#case-status")).ToHaveTextAsync("待审批");
        await Expect(reviewer.Locator("#history")).ToContainTextAsync("法制审核通过");
    }

    [Fact]
    public async Task The_approver_approves_the_reply_with_the_keyboard_alone()
    {
        var receipt = await site.System.FileAsync("长孙无忌");
        await site.System.ReviewAsync(receipt.Id);
        await using var approverBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var approver = await StaffDesk.SignInAsync(site, approverBrowser, Approver, "褚审批", "审批负责人", keyboard: true);
        await KeyboardOnly.OpenCaseAsync(approver, receipt.TrackingNumber);
        await Expect(approver.Locator("#case-status")).ToHaveTextAsync("待审批");
        await Accessibility.AssertNoViolationsAsync(approver);

        await KeyboardOnly.CheckRadioAsync(approver, "approval-decision", "approve");
        await KeyboardOnly.TypeIntoAsync(approver, "#approval-comments", "同意。");
        await KeyboardOnly.PressAsync(approver, "#approval-form button[type=submit]");
        await Expect(approver.Locator("#case-status")).ToHaveTextAsync("已答复");
        await Expect(approver.Locator("#history")).ToContainTextAsync("审批通过并答复");
        await Expect(approver.Locator("#actions-none")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(approver);
    }

    private static async Task DraftAsync(IPage officer, string summary)
    {
        await KeyboardOnly.ChooseAsync(officer, "#draft-outcome", "partially-disclosed");
        await KeyboardOnly.TypeIntoAsync(officer, "#withheld-description-1", "附件二所列住户姓名与电话");
        await KeyboardOnly.ChooseAsync(officer, "#withheld-reason-1", "third-party-rights");
        await KeyboardOnly.TypeIntoAsync(officer, "#draft-summary", summary);
        await KeyboardOnly.PressAsync(officer, "#draft-form button[type=submit]");
        await Expect(officer.Locator("#case-message")).ToHaveTextAsync("答复草稿已提交法制审核。");
    }
}
