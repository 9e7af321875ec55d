using DisclosureRequests.Core.Hosting;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// The <c>OutboxDispatch</c> queue function. Each message is the id of a case that has just changed: its orchestration,
/// where the host runs them, is told (and started for a new case), and its outbox's pending items are sent.
/// </summary>
public sealed class OutboxDispatchFunction(OutboxDelivery delivery) : IFunctionHandler
{
    public string FunctionName => FunctionCatalog.OutboxDispatch;

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var caseId = invocation.Message().Trim().Trim('"');
        var delivered = await delivery.DeliverPendingAsync(caseId, cancellationToken);
        // After the letters: a task hub that is slow or down must not hold them. If the signal fails, the message is
        // taken again, and the second delivery finds nothing left to send.
        if (invocation.Orchestrations is { } orchestrations) await orchestrations.SignalAsync(caseId, cancellationToken);
        return new FunctionResult([$"Delivered {delivered} outbox item(s) of case {caseId}"]);
    }
}
