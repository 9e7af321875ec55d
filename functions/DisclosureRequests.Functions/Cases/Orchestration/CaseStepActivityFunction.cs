using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>A round of the case orchestration as an activity function, with the app's services as the standalone gives them.</summary>
public sealed class CaseStepActivityFunction
{
    [Function(CaseStepActivity.Name)]
    public async Task<CaseRound> Run([ActivityTrigger] string caseId, FunctionContext functionContext)
    {
        var activity = ActivatorUtilities.CreateInstance<CaseStepActivity>(functionContext.InstanceServices);
        return await activity.RunAsync(new OrchestrationStepContext(CaseStepActivity.Name, caseId), caseId);
    }
}
