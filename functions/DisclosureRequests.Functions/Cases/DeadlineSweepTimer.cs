using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Functions.Cases.Orchestration;
using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace DisclosureRequests.Functions.Cases;

public sealed class DeadlineSweepTimer(TriggeredFunctions functions)
{
    // The schedule is the catalog's (FunctionCatalog.DeadlineSweep); a test holds the two equal.
    [Function(FunctionCatalog.DeadlineSweep)]
    public Task Run([TimerTrigger("0 * * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        functions.RunTimerAsync(FunctionCatalog.DeadlineSweep, timer.IsPastDue, new DurableClientOrchestrations(client), cancellationToken);
}
