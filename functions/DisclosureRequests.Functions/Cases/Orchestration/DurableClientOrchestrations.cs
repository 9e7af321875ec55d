using DisclosureRequests.Core.Cases.Orchestration;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>Signals case orchestrations through the Durable Functions client the host binds to a function.</summary>
public sealed class DurableClientOrchestrations(DurableTaskClient client) : ICaseOrchestrations
{
    private static readonly OrchestrationRuntimeStatus[] Ended =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    public async Task SignalAsync(string caseId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(caseId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null || Ended.Contains(instance.RuntimeStatus))
        {
            try
            {
                await client.ScheduleNewOrchestrationInstanceAsync(
                    CaseOrchestration.Name, new CaseOrchestrationInput(caseId), new StartOrchestrationOptions(caseId), cancellationToken);
                return;
            }
            catch (OrchestrationAlreadyExistsException)
            {
                // Started meanwhile by another signal (the host never replaces a running instance, its default
                // overridableExistingInstanceStates): it reads the case afresh, but tell it anyway.
            }
        }
        await client.RaiseEventAsync(caseId, CaseOrchestration.ChangedEvent, caseId, cancellationToken);
    }
}
