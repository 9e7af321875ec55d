using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.DurableTask;

namespace DisclosureRequests.Benchmarks.Orchestrations;

/// <summary>The outbox step of a case with nothing to send: the orchestration takes both its steps, as it does in the app.</summary>
public sealed class EmptyOutbox : TaskActivity<string, CaseOutboxStep>
{
    public override Task<CaseOutboxStep> RunAsync(TaskActivityContext context, string caseId) =>
        Task.FromResult(new CaseOutboxStep(0, null, null));
}
