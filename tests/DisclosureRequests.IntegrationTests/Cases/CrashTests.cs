using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

/// <summary>The timer index is written before the case commit; these tests stop the process between the two.</summary>
public sealed class CrashTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_crash_between_the_timer_index_and_the_commit_neither_loses_the_timer_nor_fires_it_twice()
    {
        var receipt = await agency.FileAndAssignAsync();
        var store = app.Get<CaseStore>();
        var index = app.Get<DueTimerIndex>();
        var loaded = (await store.LoadAsync(receipt.Id, CancellationToken.None))!;
        var request = new CaseCommand.RequestClarification(["请明确所需信息"], 1);
        var context = new CaseContext(app.Get<WorkingDayCalendar>(), app.Time.GetUtcNow(), Actor.Officer(Agency.OfficerName, StaffRoles.CaseOfficer), new WorkflowSettings());
        var decision = (CaseDecision.Accepted)CaseWorkflow.Decide(loaded.State, request, context);

        // The process dies after announcing the clarification-lapse timer but before the case commit.
        await index.AnnounceAsync(loaded.State, decision.State, app.Time.GetUtcNow(), CancellationToken.None);
        await agency.AtAsync(new DateOnly(2026, 3, 4));
        Assert.Equal("in-progress", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());
        Assert.DoesNotContain("lapsed", await agency.EventTypesAsync(receipt.Id));

        // The officer retries after the restart; the command commits and its timer fires exactly once.
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请明确所需信息" }, replyWithinWorkingDays = 1 });
        await agency.AtAsync(new DateOnly(2026, 3, 6));
        await agency.SweepAsync();
        Assert.Single(await agency.EventTypesAsync(receipt.Id), "lapsed");
    }

    [Fact]
    public async Task A_crash_after_the_commit_leaves_the_worklist_to_be_repaired_by_the_sweep()
    {
        var receipt = await agency.FileAsync();
        var store = app.Get<CaseStore>();
        var loaded = (await store.LoadAsync(receipt.Id, CancellationToken.None))!;
        var context = new CaseContext(app.Get<WorkingDayCalendar>(), app.Time.GetUtcNow(), Actor.Officer(Agency.OfficerName, StaffRoles.CaseOfficer), new WorkflowSettings());
        var decision = (CaseDecision.Accepted)CaseWorkflow.Decide(loaded.State, new CaseCommand.Assign("late@agency.gov.cn"), context);

        // Committed, then the process dies before updating the worklist.
        await app.Get<DueTimerIndex>().AnnounceAsync(loaded.State, decision.State, app.Time.GetUtcNow(), CancellationToken.None);
        Assert.True(await store.TryCommitAsync(new CaseCommit(decision.State, loaded.ETag, decision.Events, decision.Outbox) { At = context.Now }, CancellationToken.None));
        var stale = await (await agency.Officer.GetAsync("/api/cases?assignee=late@agency.gov.cn")).ReadJsonAsync();
        Assert.Equal(0, stale.GetProperty("items").GetArrayLength());

        await agency.SweepAsync();
        var repaired = await (await agency.Officer.GetAsync("/api/cases?assignee=late@agency.gov.cn")).ReadJsonAsync();
        Assert.Equal(receipt.Id, Assert.Single(repaired.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }
}
