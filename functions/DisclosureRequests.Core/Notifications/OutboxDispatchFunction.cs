using DisclosureRequests.Core.Hosting;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// The <c>OutboxDispatch</c> queue function. Each message is the id of a case that has just changed. Where the host
/// runs the case orchestrations, the case's orchestration is told (and started for a new case), and it delivers the
/// outbox; otherwise the outbox's pending items are sent here.
/// </summary>
public sealed class OutboxDispatchFunction(OutboxDelivery delivery) : IFunctionHandler
{
    public string FunctionName => FunctionCatalog.OutboxDispatch;

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var caseId = invocation.Message().Trim().Trim('"');
        if (!Storage.CaseIds.IsWellFormed(caseId)) return new FunctionResult([$"Ignored a message that names no case"]);
        if (invocation.Orchestrations is { } orchestrations)
        {
            // A failed signal fails the message, which is taken again.
            await orchestrations.SignalAsync(caseId, cancellationToken);
            return new FunctionResult([$"Signalled the orchestration of case {caseId}"]);
        }
        var delivered = await delivery.DeliverPendingAsync(caseId, cancellationToken);
        return new FunctionResult([$"Delivered {delivered} outbox item(s) of case {caseId}"]);
    }
}
