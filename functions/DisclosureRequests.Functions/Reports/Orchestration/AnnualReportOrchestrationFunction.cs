using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace DisclosureRequests.Functions.Reports.Orchestration;

/// <summary>The annual report orchestration as an orchestrator function: the core's class, run on every replay.</summary>
public sealed class AnnualReportOrchestrationFunction
{
    [Function(AnnualReportOrchestration.Name)]
    public async Task<AnnualReportStatus> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        await new AnnualReportOrchestration().RunAsync(context, context.GetInput<AnnualReportRun>()!);
}
