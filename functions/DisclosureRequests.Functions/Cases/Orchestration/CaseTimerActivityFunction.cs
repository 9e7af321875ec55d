using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>The timer half of a round, as executions started by an earlier release take it.</summary>
public sealed class CaseTimerActivityFunction
{
    [Function(CaseTimerActivity.Name)]
    public async Task<CaseTimerStep> Run([ActivityTrigger] string caseId, FunctionContext functionContext)
    {
        var activity = ActivatorUtilities.CreateInstance<CaseTimerActivity>(functionContext.InstanceServices);
        return await activity.RunAsync(new OrchestrationStepContext(CaseTimerActivity.Name, caseId), caseId);
    }
}
