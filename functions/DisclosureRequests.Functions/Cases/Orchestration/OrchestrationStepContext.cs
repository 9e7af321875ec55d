using Microsoft.DurableTask;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>
/// The context the core's activities are given under the host: only the case orchestration calls them, and its
/// instance id is the case id.
/// </summary>
internal sealed class OrchestrationStepContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name => name;

    public override string InstanceId => instanceId;
}
