using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// Where the host runs the case orchestrations: who tells them that a case changed, and what one step of an
/// orchestration does to the case, on Azurite, with the fake clock.
/// </summary>
public sealed class SignalsAndStepsTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_message_that_follows_a_commit_starts_or_tells_the_case_orchestration()
    {
        var orchestrations = new SignalsReceived();
        var receipt = await agency.FileAsync();

        var dispatch = app.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.OutboxDispatch);
        await dispatch.RunAsync(FunctionInvocation.QueueMessage(receipt.Id) with { Orchestrations = orchestrations }, CancellationToken.None);

        Assert.Equal([receipt.Id], orchestrations.CaseIds);
    }

    [Fact]
    public async Task Where_orchestrations_run_the_sweep_tells_the_case_orchestration_of_a_due_timer_and_fires_nothing_itself()
    {
        var receipt = await agency.FileAndAssignAsync();
        var orchestrations = new SignalsReceived();

        app.Time.Advance(TimeSpan.FromDays(60));
        var summary = await agency.SweepAsync(orchestrations);

        Assert.Equal(0, summary.CasesFired);
        Assert.True(summary.CasesSignalled >= 1);
        Assert.Contains(receipt.Id, orchestrations.CaseIds);
        Assert.DoesNotContain("overdue-escalated", await agency.EventTypesAsync(receipt.Id));
    }

    [Fact]
    public async Task A_step_fires_what_is_due_once_and_reports_the_wait_for_the_next_timer()
    {
        var receipt = await agency.FileAndAssignAsync();
        var step = ActivatorUtilities.CreateInstance<CaseTimerActivity>(app.Services);

        var waiting = await step.RunAsync(null!, receipt.Id);
        app.Time.SetUtcNow(waiting.NextDueAt!.Value);
        var due = await step.RunAsync(null!, receipt.Id);
        var again = await step.RunAsync(null!, receipt.Id);

        Assert.Equal(0, waiting.Fired);
        Assert.StartsWith("reply-reminder-5@", waiting.NextTimer);
        Assert.Equal(1, due.Fired);
        Assert.Equal(0, again.Fired);
        Assert.Single(await agency.EventTypesAsync(receipt.Id), "reply-reminder");
        Assert.False(again.Ended);
        Assert.StartsWith("reply-reminder-2@", again.NextTimer);
        Assert.Equal(again.NextDueAt!.Value - app.Time.GetUtcNow(), again.WaitFor);
    }

    [Fact]
    public async Task A_step_on_a_closed_case_with_nothing_due_ends_the_orchestration()
    {
        var receipt = await agency.FileAsync();
        await agency.ApplicantAsync(receipt, "withdrawal", new { reason = "不再需要" });

        var step = await ActivatorUtilities.CreateInstance<CaseTimerActivity>(app.Services).RunAsync(null!, receipt.Id);

        Assert.True(step.Ended);
    }

    [Fact]
    public async Task A_task_hub_that_fails_fails_the_message_so_it_is_taken_again_and_does_not_hold_the_rest_of_the_sweep()
    {
        var receipt = await agency.FileAndAssignAsync();
        var failing = new FailingOrchestrations();
        var dispatch = app.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.OutboxDispatch);

        await Assert.ThrowsAsync<TimeoutException>(() =>
            dispatch.RunAsync(FunctionInvocation.QueueMessage(receipt.Id) with { Orchestrations = failing }, CancellationToken.None));
        app.Time.Advance(TimeSpan.FromDays(60));
        var summary = await agency.SweepAsync(failing);

        Assert.True(summary.Failed >= 1);
        Assert.Equal(0, summary.CasesSignalled);
    }

    [Fact]
    public async Task Where_orchestrations_run_the_message_after_a_commit_sends_nothing_itself()
    {
        var receipt = await agency.FileAsync();
        var dispatch = app.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.OutboxDispatch);

        await dispatch.RunAsync(FunctionInvocation.QueueMessage(receipt.Id) with { Orchestrations = new SignalsReceived() }, CancellationToken.None);

        var statuses = await OutboxStatusesAsync(receipt.Id);
        Assert.NotEmpty(statuses);
        Assert.All(statuses, status => Assert.Equal("pending", status));
    }

    private async Task<string[]> OutboxStatusesAsync(string caseId)
    {
        var filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {"outbox-"} and RowKey lt {"outbox."}");
        var statuses = new List<string>();
        await foreach (var row in app.Storage.Table(Core.Storage.StorageNames.CasesTable).QueryAsync<Azure.Data.Tables.TableEntity>(filter))
            statuses.Add(row.GetString("Status"));
        return statuses.ToArray();
    }

    private sealed class FailingOrchestrations : ICaseOrchestrations
    {
        public Task SignalAsync(string caseId, CancellationToken cancellationToken) => throw new TimeoutException("the task hub did not answer");
    }
}
