using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace DisclosureRequests.Functions.Cases.Orchestration;

/// <summary>The case orchestration as an orchestrator function: the core's class, run on every replay.</summary>
public sealed class CaseOrchestrationFunction
{
    [Function(CaseOrchestration.Name)]
    public async Task<string> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        await new CaseOrchestration().RunAsync(context, context.GetInput<CaseOrchestrationInput>()!);
}
