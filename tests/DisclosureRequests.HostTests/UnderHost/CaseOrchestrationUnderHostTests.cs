using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
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
        var instance = await steps.EventuallyAsync(() => DurableInstanceAsync(id));
        Assert.Equal(CaseOrchestration.Name, instance!.Value.GetProperty("name").GetString());
        Assert.Contains(instance.Value.GetProperty("runtimeStatus").GetString(), new[] { "Pending", "Running", "ContinuedAsNew" });
        Assert.True(await IsInTaskHubAsync(id), $"no instance {id} in {host.TaskHubName}Instances");
    }

    /// <summary>
    /// The instance's status from the host's Durable HTTP API, which answers to the master key: 202 while the instance
    /// runs, 200 once it has ended, 404 before it exists.
    /// </summary>
    private async Task<JsonElement?> DurableInstanceAsync(string instanceId)
    {
        using var client = host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/runtime/webhooks/durabletask/instances/{instanceId}");
        if (host.MasterKey is not null) request.Headers.Add("x-functions-key", host.MasterKey);
        using var response = await client.SendAsync(request);
        return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted ? await HostSteps.JsonAsync(response) : null;
    }

    /// <summary>Whether the task hub named by the TaskHubName setting holds the instance (its Instances table, one partition per instance).</summary>
    private async Task<bool> IsInTaskHubAsync(string instanceId)
    {
        var instances = new TableClient(host.StorageConnectionString, host.TaskHubName + "Instances");
        await foreach (var _ in instances.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId, select: ["RuntimeStatus"])) return true;
        return false;
    }
}
