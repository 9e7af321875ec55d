using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ReplyDelayTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const string Reason = "申请公开的信息涉及2015年以来的全部批复文件三千余件，需逐件检索和审查";
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_head_of_office_sets_a_later_reply_date_under_Art_35_the_applicant_is_told_and_reminders_follow_it()
    {
        var receipt = await agency.FileAndAssignAsync();
        Assert.Equal("2026-03-30", (await agency.CaseAsync(receipt.Id)).GetProperty("replyDueOn").GetString());

        await agency.ActAsync(agency.Officer, receipt.Id, "reply-delay", new { replyBy = "2026-05-29", reason = Reason }, HttpStatusCode.Forbidden);
        await agency.ActAsync(agency.Approver, receipt.Id, "reply-delay", new { replyBy = "2026-03-30", reason = Reason }, HttpStatusCode.BadRequest);
        await agency.ActAsync(agency.Approver, receipt.Id, "reply-delay", new { replyBy = "2026-05-30", reason = Reason }, HttpStatusCode.BadRequest);
        await agency.ActAsync(agency.Approver, receipt.Id, "reply-delay", new { replyBy = "2026-05-29", reason = " " }, HttpStatusCode.BadRequest);
        var delayed = await agency.ActAsync(agency.Approver, receipt.Id, "reply-delay", new { replyBy = "2026-05-29", reason = Reason });

        Assert.Equal("2026-05-29", delayed.GetProperty("replyDueOn").GetString());
        Assert.Contains("delay-notice", await agency.OutboxKindsAsync(receipt.Id));
        Assert.Contains("reply-delayed", await agency.EventTypesAsync(receipt.Id));
        await agency.ActAsync(agency.Approver, receipt.Id, "reply-delay", new { replyBy = "2026-06-30", reason = Reason }, HttpStatusCode.Conflict);

        await agency.AtAsync(new DateOnly(2026, 3, 31), hour: 9);
        Assert.DoesNotContain("overdue-escalated", await agency.EventTypesAsync(receipt.Id));
        await agency.AtAsync(new DateOnly(2026, 5, 22), hour: 9);
        var reminder = (await agency.HistoryAsync(receipt.Id)).Last(e => e.GetProperty("type").GetString() == "reply-reminder");
        Assert.Equal("5", reminder.GetProperty("details").GetProperty("workingDaysLeft").GetString());
    }
}
