using System.Net.Http.Json;
using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

[Collection(SiteCollection.Name)]
public sealed class TrackingPageTests(Site site)
{
    private const string NotFound = "未找到该申请，或查询码不正确";

    [Fact]
    public async Task The_citizen_follows_the_application_with_the_access_code_and_a_wrong_code_reads_as_an_unknown_case()
    {
        var receipt = await site.System.FileAsync();
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, "0000000000ABCDEFGHJK");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(NotFound);
        var wrongCode = await page.GetByRole(AriaRole.Alert).TextContentAsync();
        await Screenshots.TakeAsync(page, "track-not-found");
        await Accessibility.AssertNoViolationsAsync(page);

        await LookUpAsync(page, "2026-999999", receipt.AccessCode);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(NotFound);
        Assert.Equal(wrongCode, await page.GetByRole(AriaRole.Alert).TextContentAsync());
        await Expect(page.Locator("#case")).ToBeHiddenAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode.ToLowerInvariant());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请编号 " + receipt.TrackingNumber })).ToBeVisibleAsync();
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("已收到申请，正在办理");
        await Expect(page.Locator("#case-received")).ToHaveTextAsync("2026年3月2日");
        await Expect(page.Locator("#case-due")).ToHaveTextAsync("2026年3月30日");
        await Expect(page.Locator("#case-days-left")).ToHaveTextAsync("20 个工作日");
        await Expect(page.Locator("#case-applicant")).ToHaveTextAsync("李四（自然人）");
        await Screenshots.TakeAsync(page, "track");
        await Accessibility.AssertNoViolationsAsync(page);

        Assert.DoesNotContain(receipt.AccessCode, page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
    }

    [Fact]
    public async Task A_clarification_asked_by_an_officer_is_answered_from_the_page_and_the_status_changes()
    {
        var receipt = await site.System.FileAsync();
        await site.System.ActAsOfficerAsync(receipt.Id, "assign", new { assignee = "officer@agency.gov.cn" });
        await site.System.ActAsOfficerAsync(receipt.Id, "clarification-request",
            new { items = new[] { "请写明所需文件的名称或文号", "请说明所需信息的时间范围" } });
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("待申请人补正");
        await Expect(page.Locator("#case-due")).ToHaveTextAsync("自收到补正之日起重新计算");
        var clarification = page.GetByRole(AriaRole.Region, new() { Name = "补正申请" });
        await Expect(clarification.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["请写明所需文件的名称或文号", "请说明所需信息的时间范围"]);
        await Expect(clarification).ToContainTextAsync("2026年3月23日");
        await clarification.GetByLabel("补正内容").FillAsync("《关于2025年老旧小区改造项目的批复》（区发改〔2025〕12号），时间为2025年全年");
        await Screenshots.TakeAsync(page, "track-clarification");
        await Accessibility.AssertNoViolationsAsync(page);
        await clarification.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();

        await Expect(page.Locator("#case-message")).ToContainTextAsync("补正已提交");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("正在办理");
        await Expect(clarification).ToBeHiddenAsync();
        await Expect(page.Locator("#case-due")).ToHaveTextAsync("2026年3月30日");
    }

    [Fact]
    public async Task A_letter_kept_for_an_unconfirmed_address_is_readable_and_sent_once_the_applicant_enters_the_mailed_code()
    {
        var receipt = await site.System.FileAsync();
        await site.System.DeliverLettersAsync(receipt.Id);
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        var letters = page.GetByRole(AriaRole.Region, new() { Name = "本机关送达的文书" });
        await Expect(letters.GetByRole(AriaRole.Listitem)).ToContainTextAsync(["政府信息公开申请登记回执"]);
        await Expect(letters.GetByRole(AriaRole.Listitem)).ToContainTextAsync(["待确认电子邮箱后发送"]);
        await letters.GetByRole(AriaRole.Button, new() { Name = "政府信息公开申请登记回执" }).ClickAsync();

        var frame = page.Locator("#letter-frame");
        await Expect(frame).ToBeVisibleAsync();
        await Expect(frame).ToHaveAttributeAsync("sandbox", "");
        await Expect(page.FrameLocator("#letter-frame").Locator("body")).ToContainTextAsync(receipt.TrackingNumber.Split('-')[0]);
        await Expect(page.FrameLocator("#letter-frame").Locator("h1")).ToContainTextAsync("政府信息公开申请登记回执");
        await Screenshots.TakeAsync(page, "track-letter");
        await page.GetByRole(AriaRole.Button, new() { Name = "关闭文书" }).ClickAsync();
        await Expect(frame).ToBeHiddenAsync();

        var confirmation = page.GetByRole(AriaRole.Region, new() { Name = "确认电子邮箱" });
        await confirmation.GetByLabel("确认码").FillAsync("00000000");
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Expect(confirmation.Locator("[data-error-for=code]")).ToHaveTextAsync("确认码不正确，请核对发送到您电子邮箱的确认码。");
        await Screenshots.TakeAsync(page, "track-email-confirmation");
        await Accessibility.AssertNoViolationsAsync(page);

        await confirmation.GetByLabel("确认码").FillAsync(site.System.EmailConfirmationCode(receipt.Id, "lisi@example.cn"));
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Expect(page.Locator("#case-message")).ToContainTextAsync("电子邮箱已确认");
        await Expect(confirmation).ToBeHiddenAsync();

        await site.System.DeliverLettersAsync(receipt.Id);
        await page.ReloadAsync();
        await Expect(letters.GetByRole(AriaRole.Listitem)).ToContainTextAsync(["已送达"]);
    }

    [Fact]
    public async Task A_released_document_is_listed_and_downloads_through_its_short_lived_link()
    {
        var receipt = await site.System.FileAsync();
        await site.System.ReleaseAsync(receipt.Id, "招标文件.pdf", "%PDF-1.4\n% 2025年道路养护工程招标文件\n%%EOF\n"u8.ToArray());
        await site.System.ReplyAsync(receipt.Id);
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        var link = page.GetByRole(AriaRole.Link, new() { Name = "招标文件.pdf" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.Locator("#releases-list")).ToContainTextAsync("链接有效至");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("招标文件.pdf", download.SuggestedFilename);
        using var content = new MemoryStream();
        await (await download.CreateReadStreamAsync()).CopyToAsync(content);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(content.ToArray()));
    }

    [Fact]
    public async Task The_applicant_withdraws_the_application_after_confirming()
    {
        var receipt = await site.System.FileAsync();
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "撤回申请…" }).ClickAsync();
        await Expect(page.GetByText("确定要撤回这份政府信息公开申请吗？")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "不撤回" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认撤回" })).ToBeHiddenAsync();
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("已收到申请，正在办理");

        await page.GetByRole(AriaRole.Button, new() { Name = "撤回申请…" }).ClickAsync();
        await page.GetByLabel("撤回理由（选填）").FillAsync("已通过其他途径获得该信息");
        await Screenshots.TakeAsync(page, "track-withdrawal");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认撤回" }).ClickAsync();

        await Expect(page.Locator("#case-message")).ToHaveTextAsync("您的申请已撤回。");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("申请人已撤回申请");
        await Expect(page.Locator("#case-due")).ToHaveTextAsync("—");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "撤回申请…" })).ToBeHiddenAsync();
        await Screenshots.TakeAsync(page, "track-withdrawn");
    }

    [Fact]
    public async Task A_paper_letter_for_an_applicant_who_collects_in_person_waits_to_be_collected_not_posted()
    {
        using var client = site.System.Client();
        using var filed = await client.PostAsJsonAsync("/api/requests", new
        {
            applicant = new { type = "natural-person", name = "曾巩", idNumber = "110101199003070011", phone = "13800138000" },
            description = "2025年本区老旧小区改造项目的立项批复文件",
            format = "paper",
            delivery = "pickup",
        });
        var receipt = (await filed.Content.ReadFromJsonAsync<Receipt>(System.Text.Json.JsonSerializerOptions.Web))!;
        await site.System.DeliverLettersAsync(receipt.Id);
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);

        await Expect(page.Locator("#letters-list")).ToContainTextAsync("待领取");
        await Expect(page.Locator("#letters-list")).Not.ToContainTextAsync("待邮寄");

        await using var desk = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, desk, "sun.chengban@agency.gov.cn", "孙承办", "承办人员");
        await officer.GetByRole(AriaRole.Link, new() { Name = "打印与送达" }).ClickAsync();
        await Expect(officer.Locator("#queue tr", new() { HasText = receipt.TrackingNumber })).ToContainTextAsync("申请人当面领取");
        await StaffDesk.OpenCaseAsync(officer, receipt.TrackingNumber);
        await Expect(officer.Locator("#letters")).ToContainTextAsync("待打印，申请人当面领取");
    }

    [Fact]
    public async Task A_fee_notice_shows_the_amount_how_to_pay_and_the_last_day_and_then_that_it_was_paid()
    {
        var receipt = await site.System.FileAsync();
        await site.System.ActAsOfficerAsync(receipt.Id, "assign", new { assignee = "officer@agency.gov.cn" });
        await site.System.ActAsOfficerAsync(receipt.Id, "fee-notice", new { basis = "pages", units = 150 });
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("待缴纳信息处理费");
        var fee = page.GetByRole(AriaRole.Region, new() { Name = "信息处理费" });
        await Expect(fee.Locator("#fee-amount")).ToHaveTextAsync("人民币1700元");
        await Expect(fee.Locator("#fee-when")).ToHaveTextAsync("2026年3月30日 前");
        await Expect(fee.Locator("#fee-instructions")).ToHaveTextAsync("请持本通知书到本机关政府信息公开受理窗口缴纳。");
        await Expect(fee).ToContainTextAsync("逾期未缴纳的，视为放弃申请");
        await Screenshots.TakeAsync(page, "track-fee");
        await Accessibility.AssertNoViolationsAsync(page);

        await site.System.ActAsOfficerAsync(receipt.Id, "fee-payment", new { amount = 1700 });
        await page.GetByRole(AriaRole.Button, new() { Name = "结束查询" }).ClickAsync();
        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        await Expect(fee.Locator("#fee-when")).ToHaveTextAsync("已于2026年3月2日缴纳");
        await Expect(fee.Locator("#fee-instructions")).ToBeHiddenAsync();
        await Expect(fee.Locator("#fee-hint")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_case_and_its_letter_fit_the_screen()
    {
        var receipt = await site.System.FileAsync();
        await site.System.DeliverLettersAsync(receipt.Id);
        await using var visitor = await site.Browser.VisitorAsync(site.System.Address, width: 390, height: 844);
        var page = await visitor.NewPageAsync();

        await LookUpAsync(page, receipt.TrackingNumber, receipt.AccessCode);
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("已收到申请，正在办理");
        var letters = page.GetByRole(AriaRole.Region, new() { Name = "本机关送达的文书" });
        await letters.GetByRole(AriaRole.Button, new() { Name = "政府信息公开申请登记回执" }).ClickAsync();
        var letter = page.FrameLocator("#letter-frame");
        await Expect(letter.Locator("h1")).ToContainTextAsync("政府信息公开申请登记回执");

        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways on a phone");
        var frameWidth = await page.Locator("#letter-frame").EvaluateAsync<double>("f => f.getBoundingClientRect().width");
        var letterWidth = await letter.Locator("html").EvaluateAsync<double>("h => h.scrollWidth");
        Assert.True(letterWidth <= frameWidth + 1, $"the letter is {letterWidth} px wide in a frame of {frameWidth} px: it scrolls sideways");
        var textInset = await letter.Locator("p.body").First.EvaluateAsync<double>("p => p.getBoundingClientRect().left");
        Assert.True(textInset >= 8, $"the letter's text starts {textInset} px from the frame's edge");
        await Screenshots.TakeAsync(page, "track-phone");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task LookUpAsync(IPage page, string trackingNumber, string accessCode)
    {
        if (!page.Url.EndsWith("/track")) await page.GotoAsync("/track");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "申请编号" }).FillAsync(trackingNumber);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "查询码" }).FillAsync(accessCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
    }
}
