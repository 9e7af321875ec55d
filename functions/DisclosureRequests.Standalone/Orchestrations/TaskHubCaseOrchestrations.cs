using DisclosureRequests.Core.Cases.Orchestration;
using DurableTask.Core;
using DurableTask.Core.Exceptions;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>Signals case orchestrations through the Durable Task Framework's client.</summary>
public sealed class TaskHubCaseOrchestrations(TaskHubClient client) : ICaseOrchestrations
{
    private static readonly OrchestrationStatus[] StillRunning = [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew];

    /// <summary>
    /// Starting is tried first: the task hub reads the instance's status for the dedupe check anyway, so a new case costs
    /// one read instead of two, and a running one answers "already exists" and is told instead.
    /// </summary>
    public async Task SignalAsync(string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await client.CreateOrchestrationInstanceAsync(
                CaseOrchestration.Name, string.Empty, caseId, new CaseOrchestrationInput(caseId), null, StillRunning);
            return;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // Running: it reads the case afresh when told.
        }
        await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = caseId }, CaseOrchestration.ChangedEvent, caseId);
    }
}
