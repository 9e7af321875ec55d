using System.Net.Http.Json;
using DisclosureRequests.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DisclosureRequests.BrowserTests.Pages;

/// <summary>
/// A 补正 notice posted to an applicant without e-mail gives its period "from receipt": the case page says the notice
/// still awaits service, and the officer records the day on the return receipt, from which the period then runs.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PostedLetterReceiptTests(Site site)
{
    private const string Officer = "qian.chengban@agency.gov.cn";
    private const string Notice = "政府信息公开申请补正告知书";

    [Fact]
    public async Task An_officer_records_the_day_a_posted_notice_was_signed_for_and_the_period_then_shows()
    {
        var receipt = await site.System.FileForPostAsync("范仲淹", "本区农村公路建设项目的验收报告");
        await site.System.ActAsOfficerAsync(receipt.Id, "clarification-request", new { items = new[] { "请说明所需验收报告的项目名称和年份" } });
        await site.System.DeliverLettersAsync(receipt.Id);
        using (var api = site.System.Officer())
        {
            var letters = await api.GetFromJsonAsync<LetterRow[]>($"/api/cases/{receipt.Id}/correspondence");
            var notice = letters!.Single(l => l.Kind == "clarification-notice");
            (await api.PostAsJsonAsync($"/api/cases/{receipt.Id}/correspondence/{notice.Id}/dispatch", new { method = "registered-post", on = "2026-03-02" }))
                .EnsureSuccessStatusCode();
        }
        await using var browser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, browser, Officer, "钱承办", "承办人员");
        await StaffDesk.OpenCaseAsync(officer, receipt.TrackingNumber);
        await Expect(officer.Locator("#clarification-answer")).ToContainTextAsync("补正告知书待送达，补正期限自申请人收到之日起 15 个工作日");
        await Expect(officer.Locator("#clock-due")).ToHaveTextAsync("自收到补正之日起重新计算");

        await officer.GetByRole(AriaRole.Button, new() { Name = $"登记{Notice}签收" }).ClickAsync();
        var form = officer.Locator("#receipt-form");
        await Expect(form.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"登记签收：{Notice}（2026年3月2日寄出）");
        await form.GetByLabel("签收日期").FillAsync("2026-03-01");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(form.Locator("[data-error-for=on]")).ToContainTextAsync("签收日期应在邮寄之日（2026-03-02）至今天之间");
        await Accessibility.AssertNoViolationsAsync(officer);
        await Screenshots.TakeAsync(officer, "staff-letter-receipt");

        await form.GetByLabel("签收日期").FillAsync("2026-03-02");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(officer.Locator("#case-message")).ToHaveTextAsync($"已登记{Notice}的签收日期。");
        await Expect(form).ToBeHiddenAsync();
        await Expect(officer.Locator("#letters")).ToContainTextAsync("已送达：2026年3月2日 挂号信，2026年3月2日 签收");
        await Expect(officer.Locator("#clarification-answer")).ToHaveTextAsync("尚未补正（补正期限：2026年3月23日）");
        await Expect(officer.Locator("#history")).ToContainTextAsync("邮寄文书已签收");
        await Expect(officer.GetByRole(AriaRole.Button, new() { Name = $"登记{Notice}签收" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Receipts_that_came_back_by_post_are_recorded_from_the_print_page()
    {
        var receipt = await site.System.FileForPostAsync("欧阳修", "本区2025年度学校食堂食品安全抽检结果");
        await site.System.ActAsOfficerAsync(receipt.Id, "clarification-request", new { items = new[] { "请说明所需抽检结果涉及的学校范围" } });
        await site.System.DeliverLettersAsync(receipt.Id);
        await using var browser = await site.Browser.VisitorAsync(site.System.Address, width: 1280);
        var officer = await StaffDesk.SignInAsync(site, browser, Officer, "钱承办", "承办人员");
        await officer.GetByRole(AriaRole.Link, new() { Name = "打印与送达" }).ClickAsync();
        await officer.Locator($"#queue button[data-tracking='{receipt.TrackingNumber}'][data-kind=clarification-notice]").ClickAsync();
        await officer.GetByLabel("方式").SelectOptionAsync("express");
        await officer.GetByLabel("邮寄或送达日期").FillAsync("2026-03-02");
        await officer.GetByRole(AriaRole.Button, new() { Name = "记录", Exact = true }).ClickAsync();

        var row = officer.Locator("#receipts tr", new() { HasText = receipt.TrackingNumber });
        await Expect(row).ToContainTextAsync("欧阳修");
        await Expect(row).ToContainTextAsync("2026年3月2日 特快专递");
        await Expect(row).ToContainTextAsync("自签收之日起算");
        await Accessibility.AssertNoViolationsAsync(officer);
        await Screenshots.TakeAsync(officer, "staff-print-receipts");
        await row.GetByRole(AriaRole.Button, new() { Name = $"登记{Notice}签收（{receipt.TrackingNumber}）" }).ClickAsync();
        await officer.Locator("#receipt-form").GetByLabel("签收日期").FillAsync("2026-03-02");
        await officer.Locator("#receipt-form").GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await Expect(officer.Locator("#receipts-status")).ToHaveTextAsync($"{receipt.TrackingNumber}：已登记{Notice}的签收日期。");
        await Expect(row).ToHaveCountAsync(0);
        await StaffDesk.OpenCaseAsync(officer, receipt.TrackingNumber);
        await Expect(officer.Locator("#clarification-answer")).ToHaveTextAsync("尚未补正（补正期限：2026年3月23日）");
    }

    private sealed record LetterRow(string Id, string Kind);
}
