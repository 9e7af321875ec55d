using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ReminderAndEscalationTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_assignee_is_reminded_at_5_2_and_1_working_days_left_and_approvers_are_told_when_it_is_overdue()
    {
        var receipt = await agency.FileAndAssignAsync();
        var unassigned = await agency.FileAsync();

        await agency.AtAsync(new DateOnly(2026, 3, 9), hour: 9);
        Assert.Contains("clarification-window-reminder", await agency.EventTypesAsync(unassigned.Id));
        Assert.DoesNotContain("clarification-window-reminder", await agency.EventTypesAsync(receipt.Id));

        await agency.AtAsync(new DateOnly(2026, 3, 20), hour: 18);
        Assert.DoesNotContain("reply-reminder", await agency.EventTypesAsync(receipt.Id));
        foreach (var (day, left) in new[] { (23, 5), (26, 2), (27, 1) })
        {
            await agency.AtAsync(new DateOnly(2026, 3, day), hour: 9);
            var reminder = (await agency.HistoryAsync(receipt.Id)).Last(e => e.GetProperty("type").GetString() == "reply-reminder");
            Assert.Equal(left.ToString(), reminder.GetProperty("details").GetProperty("workingDaysLeft").GetString());
        }
        Assert.Equal(3, (await agency.EventTypesAsync(receipt.Id)).Count(t => t == "reply-reminder"));

        await agency.AtAsync(new DateOnly(2026, 3, 30), hour: 23);
        Assert.DoesNotContain("overdue-escalated", await agency.EventTypesAsync(receipt.Id));
        await agency.AtAsync(new DateOnly(2026, 3, 31), hour: 0);
        Assert.Contains("overdue-escalation", await agency.OutboxKindsAsync(receipt.Id));
        var overdue = await agency.CaseAsync(receipt.Id);
        Assert.Equal(-1, overdue.GetProperty("workingDaysLeft").GetInt32());

        await agency.AtAsync(new DateOnly(2026, 4, 1));
        Assert.Single(await agency.EventTypesAsync(receipt.Id), "overdue-escalated");
    }
}

public sealed class DowntimeTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task After_downtime_each_missed_timer_fires_once_and_only_the_most_urgent_reminder_is_sent()
    {
        var receipt = await agency.FileAndAssignAsync();

        var first = await agency.AtAsync(new DateOnly(2026, 4, 2));
        var second = await agency.SweepAsync();
        var third = await agency.SweepAsync();

        var types = await agency.EventTypesAsync(receipt.Id);
        var reminder = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "reply-reminder");
        Assert.Equal("1", reminder.GetProperty("details").GetProperty("workingDaysLeft").GetString());
        Assert.Single(types, "overdue-escalated");
        Assert.Equal(1, first.CasesFired);
        Assert.Equal(0, second.CasesFired);
        Assert.Equal(0, third.Rows);
    }
}
