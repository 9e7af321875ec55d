using DisclosureRequests.Core.Hosting;

namespace DisclosureRequests.Core.Notifications;

/// <summary>The <c>OutboxDispatch</c> queue function: each message is a case id whose outbox has items to send.</summary>
public sealed class OutboxDispatchFunction(OutboxDelivery delivery) : IFunctionHandler
{
    public string FunctionName => FunctionCatalog.OutboxDispatch;

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var caseId = invocation.Message().Trim().Trim('"');
        var delivered = await delivery.DeliverPendingAsync(caseId, cancellationToken);
        return new FunctionResult([$"Delivered {delivered} outbox item(s) of case {caseId}"]);
    }
}
