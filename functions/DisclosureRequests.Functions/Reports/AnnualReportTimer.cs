using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Reports;

public sealed class AnnualReportTimer(TriggeredFunctions functions)
{
    // The schedule is the catalog's (FunctionCatalog.AnnualReport): 00:05 on 1 January in China; a test holds the two equal.
    [Function(FunctionCatalog.AnnualReport)]
    public Task Run([TimerTrigger("0 5 16 31 12 *")] TimerInfo timer, CancellationToken cancellationToken) =>
        functions.RunTimerAsync(FunctionCatalog.AnnualReport, timer.IsPastDue, cancellationToken);
}
