using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Cases;

public sealed class DeadlineSweepTimer(TriggeredFunctions functions)
{
    // The schedule is the catalog's (FunctionCatalog.DeadlineSweep); a test holds the two equal.
    [Function(FunctionCatalog.DeadlineSweep)]
    public Task Run([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        functions.RunTimerAsync(FunctionCatalog.DeadlineSweep, timer.IsPastDue, cancellationToken);
}
