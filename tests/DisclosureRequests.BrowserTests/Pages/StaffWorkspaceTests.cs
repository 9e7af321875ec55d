using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// The agency's people work an application through the staff pages only, each at their own browser, signed in
/// locally with their role: triage, clarification, a partial disclosure, review returned then passed, approval.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StaffWorkspaceTests(Site site)
{
    private const string Officer = "li.chengban@agency.gov.cn";
    private const string Reviewer = "wang.shenhe@agency.gov.cn";
    private const string Approver = "zhao.zhuren@agency.gov.cn";

    [Fact]
    public async Task An_officer_a_legal_reviewer_and_an_approver_take_a_case_from_receipt_to_reply_in_the_browser()
    {
        var receipt = await site.System.FileForPostAsync("欧阳明月", "2024年本市河道整治工程的环境影响评价报告及批复");
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "李承办", "承办人员", keyboard: true);

        // The worklist finds the case by its tracking number and by the applicant's name.
        await officer.GetByRole(AriaRole.Searchbox, new() { Name = "检索" }).FillAsync(receipt.TrackingNumber);
        await officer.Keyboard.PressAsync("Enter");
        await Expect(officer.Locator("#worklist-rows tr")).ToHaveCountAsync(1);
        await officer.GetByRole(AriaRole.Searchbox, new() { Name = "检索" }).FillAsync("欧阳明月");
        await officer.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        var row = officer.Locator("#worklist-rows tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("河道整治工程");
        await Expect(row).ToContainTextAsync("待分办");
        await Expect(row).ToContainTextAsync("2026年3月30日");
        await Expect(officer.Locator("#list-status")).ToHaveTextAsync("本页 1 件。");
        await Screenshots.TakeAsync(officer, "staff-worklist");
        await Accessibility.AssertNoViolationsAsync(officer);

        await Accessibility.TabToAsync(officer, $"#worklist-rows a");
        await officer.Keyboard.PressAsync("Enter");
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + receipt.TrackingNumber })).ToBeVisibleAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("待分办");
        await Screenshots.TakeAsync(officer, "staff-case-received");
        await Accessibility.AssertNoViolationsAsync(officer);

        // Assigned with the keyboard alone, to a person picked from the directory.
        await Accessibility.TabToAsync(officer, "#assign-officer");
        await officer.Locator("#assign-officer").SelectOptionAsync(Officer);
        await Accessibility.TabToAsync(officer, "#assign-form button[type=submit]");
        await officer.Keyboard.PressAsync("Enter");
        await Expect(officer.Locator("#case-message")).ToHaveTextAsync("已分办。");
        await Expect(officer.Locator("#case-assignee")).ToHaveTextAsync("李承办");

        await officer.GetByLabel("需要补正的事项（每行一项）").FillAsync("请写明所需报告的项目名称\n请说明所需文件的形成时间");
        await officer.GetByRole(AriaRole.Button, new() { Name = "发出补正通知" }).ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("待申请人补正");
        await site.System.AnswerClarificationAsync(receipt, "《某河道整治工程环境影响报告书》及其批复，2024年");

        await officer.ReloadAsync();
        await Expect(officer.Locator("#clarification-answer")).ToHaveTextAsync("《某河道整治工程环境影响报告书》及其批复，2024年");
        await DraftPartialDisclosureAsync(officer, "报告书予以公开，其中涉及个人信息的部分不予公开。");
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("法制审核中");
        await Screenshots.TakeAsync(officer, "staff-case-drafted");

        // The legal reviewer sees the draft, the withheld part and the documents side by side, and returns it.
        await using var reviewerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var reviewer = await StaffDesk.SignInAsync(site, reviewerBrowser, Reviewer, "王审核", "法制审核人员");
        await StaffDesk.OpenCaseAsync(reviewer, receipt.TrackingNumber);
        var panel = reviewer.Locator("#draft-panel");
        await Expect(panel).ToContainTextAsync("部分公开");
        await Expect(panel).ToContainTextAsync("第三页所列居民姓名与电话——4.保护第三方合法权益");
        await Expect(reviewer.Locator("#four-eyes")).ToBeVisibleAsync();
        await Expect(reviewer.Locator("#draft-releases-missing")).ToContainTextAsync("本答复决定公开，但没有拟提供的文件");
        await Screenshots.TakeAsync(reviewer, "staff-case-legal-review");
        await Accessibility.AssertNoViolationsAsync(reviewer);
        await reviewer.Locator("#review-form").GetByLabel("退回修改").CheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "提交审核意见" }).ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Alert)).ToContainTextAsync("须写明理由");
        await Screenshots.TakeAsync(reviewer, "staff-case-refused");
        await reviewer.Locator("#review-form").GetByLabel("意见说明（退回的须写明理由）").FillAsync("请补充说明不予公开部分的法律依据");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "提交审核意见" }).ClickAsync();
        await Expect(reviewer.Locator("#case-status")).ToHaveTextAsync("办理中");

        await officer.ReloadAsync();
        await Expect(officer.Locator("#history")).ToContainTextAsync("请补充说明不予公开部分的法律依据");
        await DraftPartialDisclosureAsync(officer, "报告书予以公开；涉及个人信息的部分依据《条例》第十五条不予公开。");

        await reviewer.ReloadAsync();
        await reviewer.Locator("#review-form").GetByLabel("审核通过").CheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "提交审核意见" }).ClickAsync();
        await Expect(reviewer.Locator("#case-status")).ToHaveTextAsync("待审批");

        await using var approverBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var approver = await StaffDesk.SignInAsync(site, approverBrowser, Approver, "赵主任", "审批负责人");
        await StaffDesk.OpenCaseAsync(approver, receipt.TrackingNumber);
        await Screenshots.TakeAsync(approver, "staff-case-approval");
        await Accessibility.AssertNoViolationsAsync(approver);
        await approver.Locator("#approval-form").GetByLabel("同意答复").CheckAsync();
        await approver.GetByRole(AriaRole.Button, new() { Name = "提交审批意见" }).ClickAsync();
        await Expect(approver.Locator("#case-status")).ToHaveTextAsync("已答复");
        await Expect(approver.Locator("#actions-none")).ToBeVisibleAsync();
        await site.System.DeliverLettersAsync(receipt.Id);

        await officer.ReloadAsync();
        await Expect(officer.Locator("#history")).ToContainTextAsync("审批通过并答复");
        await Screenshots.TakeAsync(officer, "staff-case-replied");
        await Accessibility.AssertNoViolationsAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "查看政府信息公开申请答复书" }).ClickAsync();
        await Expect(officer.Locator("#letter-viewer")).ToBeVisibleAsync();

        // The print view: the agency's name in red, the document number over a red rule, the seal over the signature.
        var sheet = officer.GetByRole(AriaRole.Article, new() { Name = "打印视图（A4）" });
        await Expect(sheet.Locator(".masthead")).ToHaveTextAsync("某市人民政府办公室");
        await Expect(sheet.Locator(".masthead")).ToHaveCSSAsync("color", "rgb(176, 0, 0)");
        await Expect(sheet.Locator(".doc-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^政府信息公开答〔2026〕\d+号$"));
        await Expect(sheet.Locator(".letter-title")).ToHaveTextAsync("政府信息公开申请答复书");
        await Expect(sheet.Locator(".addressee")).ToHaveTextAsync("欧阳明月：");
        await Expect(sheet.Locator(".signature-block")).ToContainTextAsync("某市人民政府办公室2026年3月2日");
        await Expect(sheet.Locator(".seal-mark")).ToHaveCSSAsync("border-top-style", "dashed");
        await Accessibility.AssertNoViolationsAsync(officer);
        await sheet.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "staff-letter-a4.png") });
        await officer.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.TakeAsync(officer, "staff-letter-print");
        // Printed as the page asks (@page A4 with the standard's margins, 16 pt type, about 22 lines a sheet), the letter
        // alone fills two A4 sheets; the whole case page would take seven.
        var pdf = System.Text.Encoding.Latin1.GetString(await officer.PdfAsync(new() { PreferCSSPageSize = true, Path = Path.Combine(Screenshots.Folder, "staff-letter.pdf") }));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page\b").Count);
        Assert.Matches(@"/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", pdf);
        await officer.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    [Fact]
    public async Task An_officer_prints_a_paper_letter_records_it_posted_and_the_applicant_sees_when_and_how()
    {
        var receipt = await site.System.FileForPostAsync("司马光", "2025年本区农村公路建设项目的验收报告");
        await site.System.DeliverLettersAsync(receipt.Id);
        await using var officerBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, officerBrowser, Officer, "李承办", "承办人员");

        await officer.GetByRole(AriaRole.Link, new() { Name = "打印与送达" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "打印与送达", Exact = true })).ToBeVisibleAsync();
        var print = officer.GetByRole(AriaRole.Button, new() { Name = $"打印政府信息公开申请登记回执（{receipt.TrackingNumber}）" });
        await Screenshots.TakeAsync(officer, "staff-print-queue");
        await Accessibility.AssertNoViolationsAsync(officer);
        await Accessibility.TabToAsync(officer, $"#queue button[data-tracking='{receipt.TrackingNumber}'][data-kind=acknowledgement]");
        await officer.Keyboard.PressAsync("Enter");
        await Expect(officer.Locator("#letter-viewer")).ToBeVisibleAsync();
        await Expect(officer.Locator("#letter-frame")).ToHaveAttributeAsync("srcdoc", new System.Text.RegularExpressions.Regex(receipt.TrackingNumber));
        await Screenshots.TakeAsync(officer, "staff-print-letter");
        await officer.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.TakeAsync(officer, "staff-print-a4");
        await officer.EmulateMediaAsync(new() { Media = Media.Screen });

        await officer.GetByLabel("方式").SelectOptionAsync("registered-post");
        await officer.GetByLabel("邮寄或送达日期").FillAsync("2026-03-03");
        await officer.GetByRole(AriaRole.Button, new() { Name = "记录", Exact = true }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("邮寄或送达的日期应在收到申请之日至今天之间。");
        await officer.GetByLabel("邮寄或送达日期").FillAsync("2026-03-02");
        await officer.GetByRole(AriaRole.Button, new() { Name = "记录", Exact = true }).ClickAsync();
        await Expect(officer.Locator("#queue-status")).ToContainTextAsync($"已记录{receipt.TrackingNumber}");
        await Expect(print).ToHaveCountAsync(0);

        await StaffDesk.OpenCaseAsync(officer, receipt.TrackingNumber);
        await Expect(officer.Locator("#history")).ToContainTextAsync("文书已邮寄");
        await Expect(officer.Locator("#letters")).ToContainTextAsync("已邮寄：2026年3月2日 挂号信");

        await using var citizen = await site.Browser.VisitorAsync(site.System.Address);
        var track = await citizen.NewPageAsync();
        await track.GotoAsync("/track");
        await track.GetByRole(AriaRole.Textbox, new() { Name = "申请编号" }).FillAsync(receipt.TrackingNumber);
        await track.GetByRole(AriaRole.Textbox, new() { Name = "查询码" }).FillAsync(receipt.AccessCode);
        await track.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(track.Locator("#letters-list")).ToContainTextAsync("2026年3月2日已邮寄（挂号信）");
    }

    [Fact]
    public async Task An_administrator_compiles_the_years_report_and_downloads_the_spreadsheet()
    {
        await site.System.FileAsync();
        await using var adminBrowser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var admin = await StaffDesk.SignInAsync(site, adminBrowser, "qian.guanli@agency.gov.cn", "钱管理", "系统管理员", check: true);

        await admin.GetByRole(AriaRole.Link, new() { Name = "系统管理" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "系统管理" })).ToBeVisibleAsync();
        await Expect(admin.Locator("#staff")).ToContainTextAsync("钱管理");
        await Expect(admin.Locator("#calendar-coverage")).ToContainTextAsync("工作日历已录入至");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Spinbutton, new() { Name = "年度" }).FillAsync("2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "编制年度报告" }).ClickAsync();
        await Expect(admin.Locator("#report-progress")).ToContainTextAsync("2026年度报告已编制完成");
        await Expect(admin.Locator("#report-frame")).ToHaveAttributeAsync("srcdoc", new System.Text.RegularExpressions.Regex("收到和处理政府信息公开申请情况"));
        await Expect(admin.FrameLocator("#report-frame").GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, "staff-admin");

        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "下载Excel 表格（XLSX）" }).ClickAsync());
        Assert.Equal("annual-report-2026.xlsx", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    private static async Task DraftPartialDisclosureAsync(IPage officer, string summary)
    {
        await officer.GetByLabel("答复类型").SelectOptionAsync("partially-disclosed");
        await officer.GetByLabel("第 1 部分：不予公开的内容").FillAsync("第三页所列居民姓名与电话");
        await officer.GetByLabel("第 1 部分的理由").SelectOptionAsync("third-party-rights");
        await officer.GetByLabel("答复内容").FillAsync(summary);
        await officer.GetByRole(AriaRole.Button, new() { Name = "提交法制审核" }).ClickAsync();
        await Expect(officer.Locator("#case-message")).ToHaveTextAsync("答复草稿已提交法制审核。");
    }
}
