using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>The case orchestration's step as an activity function, with the app's services as the standalone gives them.</summary>
public sealed class CaseTimerActivityFunction
{
    [Function(CaseTimerActivity.Name)]
    public async Task<CaseTimerStep> Run([ActivityTrigger] string caseId, FunctionContext functionContext)
    {
        var activity = ActivatorUtilities.CreateInstance<CaseTimerActivity>(functionContext.InstanceServices);
        // Only the case orchestration calls this activity, and its instance id is the case id.
        return await activity.RunAsync(new StepContext(CaseTimerActivity.Name, caseId), caseId);
    }

    private sealed class StepContext(TaskName name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name => name;

        public override string InstanceId => instanceId;
    }
}
