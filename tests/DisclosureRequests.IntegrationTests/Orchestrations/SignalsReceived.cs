using System.Collections.Concurrent;
using DisclosureRequests.Core.Cases.Orchestration;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>Stands for the task hub: records which cases' orchestrations were told of a change.</summary>
internal sealed class SignalsReceived : ICaseOrchestrations
{
    private readonly ConcurrentQueue<string> caseIds = new();

    public string[] CaseIds => caseIds.ToArray();

    public Task SignalAsync(string caseId, CancellationToken cancellationToken)
    {
        caseIds.Enqueue(caseId);
        return Task.CompletedTask;
    }
}
