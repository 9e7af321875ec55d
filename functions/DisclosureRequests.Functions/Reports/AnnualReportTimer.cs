using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Functions.Hosting;
using DisclosureRequests.Functions.Reports.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace DisclosureRequests.Functions.Reports;

public sealed class AnnualReportTimer(TriggeredFunctions functions, AnnualReportStore store, TimeProvider time)
{
    // The schedule is the catalog's (FunctionCatalog.AnnualReport): 00:05 on 1 January in China; a test holds the two equal.
    // The timer starts the year's orchestration (or joins the one running) and returns; the orchestration stores the report.
    [Function(FunctionCatalog.AnnualReport)]
    public Task Run([TimerTrigger("0 5 16 31 12 *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        functions.RunAsync(
            FunctionCatalog.AnnualReport,
            Core.Hosting.FunctionInvocation.Timer(timer.IsPastDue) with { ReportCompiles = new DurableClientReportCompiles(client, store, time) },
            cancellationToken);
}
