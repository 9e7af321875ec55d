using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>The case orchestration's step as an activity function, with the app's services as the standalone gives them.</summary>
public sealed class CaseTimerActivityFunction
{
    [Function(CaseTimerActivity.Name)]
    public async Task<CaseTimerStep> Run([ActivityTrigger] string caseId, FunctionContext functionContext)
    {
        var activity = ActivatorUtilities.CreateInstance<CaseTimerActivity>(functionContext.InstanceServices);
        return await activity.RunAsync(new OrchestrationStepContext(CaseTimerActivity.Name, caseId), caseId);
    }
}
