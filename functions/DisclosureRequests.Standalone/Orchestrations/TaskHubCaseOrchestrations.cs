using DisclosureRequests.Core.Cases.Orchestration;
using DurableTask.Core;
using DurableTask.Core.Exceptions;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>Signals case orchestrations through the Durable Task Framework's client.</summary>
public sealed class TaskHubCaseOrchestrations(TaskHubClient client) : ICaseOrchestrations
{
    private static readonly OrchestrationStatus[] StillRunning = [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew];

    public async Task SignalAsync(string caseId, CancellationToken cancellationToken)
    {
        var state = await client.GetOrchestrationStateAsync(caseId);
        if (state is null || !StillRunning.Contains(state.OrchestrationStatus))
        {
            try
            {
                await client.CreateOrchestrationInstanceAsync(CaseOrchestration.Name, string.Empty, caseId, caseId, null, StillRunning);
                return;
            }
            catch (OrchestrationAlreadyExistsException)
            {
                // Started meanwhile by another signal: it reads the case afresh, but tell it anyway.
            }
        }
        await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = caseId }, CaseOrchestration.ChangedEvent, caseId);
    }
}
