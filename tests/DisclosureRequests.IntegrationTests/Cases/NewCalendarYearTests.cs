using DisclosureRequests.Calendar;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Cases;

/// <summary>
/// In December the reply period of a new case runs into a year whose holiday notice may not be published yet. Such
/// a case shows no due date rather than a guess; when a release adds the notice, its reminders and escalation must
/// still come, on time.
/// </summary>
public sealed class NewCalendarYearTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 12, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    private Azurite? azurite;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_case_waiting_for_next_years_notice_is_rearmed_once_a_release_adds_it_and_is_reminded_on_time()
    {
        string caseId;
        await using (var before = await SystemUnderTest.StartAsync(azurite!, time, CalendarThrough(2025)))
        {
            var agency = new Agency(before);
            var receipt = await agency.FileAndAssignAsync();
            caseId = receipt.Id;
            var waiting = await agency.CaseAsync(receipt.Id);
            Assert.False(waiting.TryGetProperty("replyDueOn", out _));
            // Not ranked last: by the earliest the due date could fall on, counting only weekends as rest days.
            var row = Assert.Single((await (await agency.Officer.GetAsync("/api/cases")).ReadJsonAsync()).GetProperty("items").EnumerateArray());
            Assert.False(row.TryGetProperty("replyDueOn", out _));
            Assert.Equal("2026-01-12", row.GetProperty("rankDate").GetString());
            Assert.Equal("calendar-not-published:2026", waiting.GetProperty("clockUnavailable").GetString());
            Assert.Equal(0, (await agency.SweepAsync()).CasesRearmed);
        }

        await using var after = await SystemUnderTest.StartAsync(azurite!, time, WorkingDayCalendar.Official);
        var officer = new Agency(after);
        var summary = await officer.SweepAsync();
        Assert.Equal(1, summary.CasesRearmed);
        Assert.Equal(0, (await officer.SweepAsync()).CasesRearmed);
        // 16 December to 13 January: 元旦 (1–3 January 2026) is off and Sunday 4 January is worked.
        Assert.Equal("2026-01-13", (await officer.CaseAsync(caseId)).GetProperty("replyDueOn").GetString());
        var worklist = (await (await officer.Officer.GetAsync("/api/cases")).ReadJsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Equal("2026-01-13", Assert.Single(worklist).GetProperty("replyDueOn").GetString());

        await officer.AtAsync(new DateOnly(2026, 1, 5), hour: 18);
        Assert.DoesNotContain("reply-reminder", await officer.EventTypesAsync(caseId));
        await officer.AtAsync(new DateOnly(2026, 1, 6), hour: 9);
        var reminder = Assert.Single(await officer.HistoryAsync(caseId), e => e.GetProperty("type").GetString() == "reply-reminder");
        Assert.Equal("5", reminder.GetProperty("details").GetProperty("workingDaysLeft").GetString());
        await officer.AtAsync(new DateOnly(2026, 1, 14), hour: 0);
        Assert.Contains("overdue-escalated", await officer.EventTypesAsync(caseId));
    }

    private static WorkingDayCalendar CalendarThrough(int lastYear)
    {
        var rows = System.IO.File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "functions", "DisclosureRequests", "Calendar", "cn-holiday-calendar.csv"))
            .Where((line, i) => i == 0 || int.Parse(line[..4]) <= lastYear);
        return WorkingDayCalendar.Parse(new StringReader(string.Join('\n', rows)));
    }
}
