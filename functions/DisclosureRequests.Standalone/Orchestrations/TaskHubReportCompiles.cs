using System.Text.Json;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Orchestration;
using DurableTask.Core;
using DurableTask.Core.Exceptions;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>Starts and follows the annual report orchestrations through the Durable Task Framework's client.</summary>
public sealed class TaskHubReportCompiles(TaskHubClient client, AnnualReportStore store, TimeProvider time) : IAnnualReportCompiles
{
    private static readonly OrchestrationStatus[] StillRunning = [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew];
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    public bool Durable => true;

    public async Task<AnnualReportStatus> StartAsync(int year, CancellationToken cancellationToken)
    {
        var instanceId = AnnualReportOrchestration.InstanceId(year);
        if (Running(year, await client.GetOrchestrationStateAsync(instanceId)) is { } running) return running;
        var run = AnnualReportRun.Begin(year, time);
        try
        {
            // A compile that ended is replaced by the new one; one still running is joined, never started twice.
            await client.CreateOrchestrationInstanceAsync(AnnualReportOrchestration.Name, string.Empty, instanceId, run, null, StillRunning);
            return run.Status;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return Running(year, await client.GetOrchestrationStateAsync(instanceId)) ?? run.Status;
        }
    }

    public async Task<AnnualReportStatus?> RunningAsync(int year, CancellationToken cancellationToken) =>
        Running(year, await client.GetOrchestrationStateAsync(AnnualReportOrchestration.InstanceId(year)));

    public async Task<AnnualReportStatus?> EndAsync(int year, TimeSpan within, CancellationToken cancellationToken)
    {
        var instanceId = AnnualReportOrchestration.InstanceId(year);
        var deadline = time.GetUtcNow() + within;
        while (Running(year, await client.GetOrchestrationStateAsync(instanceId)) is not null)
        {
            if (time.GetUtcNow() >= deadline) return null;
            await Task.Delay(PollEvery, time, cancellationToken);
        }
        // The orchestration's last step stored the final status before the orchestration ended.
        return await store.ReadStatusAsync(year, cancellationToken);
    }

    /// <summary>A running instance's progress: its custom status, or before it has set one, the status it was started with.</summary>
    private AnnualReportStatus? Running(int year, OrchestrationState? state)
    {
        if (state is null || !StillRunning.Contains(state.OrchestrationStatus)) return null;
        if (!string.IsNullOrEmpty(state.Status)) return JsonSerializer.Deserialize<AnnualReportStatus>(state.Status);
        return (string.IsNullOrEmpty(state.Input) ? null : JsonSerializer.Deserialize<AnnualReportRun>(state.Input)?.Status)
            ?? AnnualReportRun.Begin(year, time).Status with { StartedAt = state.CreatedTime };
    }
}
