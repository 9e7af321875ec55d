using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class WorklistTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_worklist_filters_by_status_assignee_and_due_date_most_urgent_first()
    {
        var mine = await agency.FileAndAssignAsync();
        var unassigned = await agency.FileAsync();
        var paused = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, paused.Id, "third-party-consultations", new { parties = new[] { new { name = "某公司", email = "a@b.cn" } } });
        var closed = await agency.FileAsync();
        await agency.ApplicantAsync(closed, "withdrawal", new { });

        var open = await Ids("/api/cases");
        Assert.Contains(mine.Id, open);
        Assert.Contains(unassigned.Id, open);
        Assert.Contains(paused.Id, open);
        Assert.DoesNotContain(closed.Id, open);
        Assert.Equal([unassigned.Id], await Ids("/api/cases?status=received"));
        Assert.Contains(closed.Id, await Ids("/api/cases?status=withdrawn"));
        Assert.DoesNotContain(unassigned.Id, await Ids($"/api/cases?assignee={Agency.OfficerName}"));
        Assert.Empty(await Ids("/api/cases?dueBefore=2026-03-30"));
        Assert.Contains(mine.Id, await Ids("/api/cases?dueBefore=2026-03-31"));

        var list = await (await agency.Reviewer.GetAsync("/api/cases")).ReadJsonAsync();
        var first = list[0];
        Assert.Equal("2026-03-30", first.GetProperty("replyDueOn").GetString());
        Assert.Equal(20, first.GetProperty("workingDaysLeft").GetInt32());
        var pausedRow = list.EnumerateArray().Single(i => i.GetProperty("id").GetString() == paused.Id);
        Assert.Equal("paused", pausedRow.GetProperty("clock").GetString());
        Assert.Equal(20, pausedRow.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.Officer.GetAsync("/api/cases?status=sleeping")).StatusCode);
    }

    private async Task<string[]> Ids(string url) =>
        (await (await agency.Officer.GetAsync(url)).ReadJsonAsync()).EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
}
