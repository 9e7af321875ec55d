using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>The outbox half of a round, as executions started by an earlier release take it.</summary>
public sealed class CaseOutboxActivityFunction
{
    [Function(CaseOutboxActivity.Name)]
    public async Task<CaseOutboxStep> Run([ActivityTrigger] string caseId, FunctionContext functionContext)
    {
        var activity = ActivatorUtilities.CreateInstance<CaseOutboxActivity>(functionContext.InstanceServices);
        return await activity.RunAsync(new OrchestrationStepContext(CaseOutboxActivity.Name, caseId), caseId);
    }
}
