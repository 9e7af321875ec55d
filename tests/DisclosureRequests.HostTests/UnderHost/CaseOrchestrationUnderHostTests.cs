using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.UnderHost;

/// <summary>
/// Under the Functions host each case has a Durable Functions orchestration, started by the outbox queue's function
/// when the case is registered, that fires the case's timers on durable timers in the task hub host.json names.
/// </summary>
[Collection(WorkerUnderHostCollection.Name)]
public sealed class CaseOrchestrationUnderHostTests(WorkerUnderHost host)
{
    private readonly HostSteps steps = new(host);

    [FunctionsHostFact]
    public async Task An_overdue_case_is_escalated_by_its_orchestration_which_the_outbox_queue_started_without_any_sweep_being_run()
    {
        using var officer = host.Client().As("officer@agency.gov.cn", StaffRoles.CaseOfficer);
        var id = await steps.RegisterCaseReceivedAsync(officer, workingDaysAgo: 25);

        // Nothing here runs DeadlineSweep; where the host's own schedule runs it, it only signals the orchestration.
        var history = await steps.EventuallyAsync(() => HostSteps.HistoryOnceItHasAsync(officer, id, "overdue-escalated"));
        Assert.Single(history, "overdue-escalated");

        // Still open, the case's orchestration waits for its next instant or a change.
        var instance = await steps.EventuallyAsync(() => steps.DurableInstanceAsync(id));
        Assert.Equal(CaseOrchestration.Name, instance!.Value.GetProperty("name").GetString());
        Assert.Contains(instance.Value.GetProperty("runtimeStatus").GetString(), new[] { "Pending", "Running", "ContinuedAsNew" });
        Assert.True(await steps.IsInTaskHubAsync(id), $"no instance {id} in {host.TaskHubName}Instances");
    }
}
