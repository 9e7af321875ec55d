using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace DisclosureRequests.Functions.Reports.Orchestration;

/// <summary>Starts and follows the annual report orchestrations through the Durable Functions client the host binds to a function.</summary>
public sealed class DurableClientReportCompiles(DurableTaskClient client, AnnualReportStore store, TimeProvider time) : IAnnualReportCompiles
{
    private static readonly OrchestrationRuntimeStatus[] StillRunning = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];

    public bool Durable => true;

    public async Task<AnnualReportStatus> StartAsync(int year, CancellationToken cancellationToken)
    {
        var instanceId = AnnualReportOrchestration.InstanceId(year);
        if (await RunningAsync(year, cancellationToken) is { } running) return running;
        var run = AnnualReportRun.Begin(year, time);
        try
        {
            // The host replaces an instance that ended and never one still running (its default overridableExistingInstanceStates).
            await client.ScheduleNewOrchestrationInstanceAsync(AnnualReportOrchestration.Name, run, new StartOrchestrationOptions(instanceId), cancellationToken);
            return run.Status;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Started meanwhile by another call; the host refuses the second start in its own words (over gRPC), so
            // whatever it says, a compile now running is joined, and anything else is a failure of its own.
            if (await RunningAsync(year, cancellationToken) is { } joined) return joined;
            throw;
        }
    }

    /// <summary>A running instance's progress: its custom status, or before it has set one, the status it was started with.</summary>
    public async Task<AnnualReportStatus?> RunningAsync(int year, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(AnnualReportOrchestration.InstanceId(year), getInputsAndOutputs: true, cancellationToken);
        if (instance is null || !StillRunning.Contains(instance.RuntimeStatus)) return null;
        return (instance.SerializedCustomStatus is { Length: > 0 } ? instance.ReadCustomStatusAs<AnnualReportStatus>() : null)
            ?? (instance.SerializedInput is { Length: > 0 } ? instance.ReadInputAs<AnnualReportRun>()?.Status : null)
            ?? AnnualReportRun.Begin(year, time).Status with { StartedAt = instance.CreatedAt };
    }

    public async Task<AnnualReportStatus?> EndAsync(int year, TimeSpan within, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within);
        try
        {
            await client.WaitForInstanceCompletionAsync(AnnualReportOrchestration.InstanceId(year), getInputsAndOutputs: false, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        // The orchestration's last step stored the final status before the orchestration ended.
        return await store.ReadStatusAsync(year, cancellationToken);
    }
}
