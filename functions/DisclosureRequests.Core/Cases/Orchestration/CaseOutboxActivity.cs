using DisclosureRequests.Core.Notifications;
using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// Delivers the case's outbox: every item due now, each claimed under its ETag before it is sent, so a repeated
/// activity sends nothing twice; failures are rescheduled with backoff (honouring <c>Retry-After</c>) and parked after
/// repeated failure, as the item's row records. Answers how long until an item is next due a try.
/// </summary>
public sealed class CaseOutboxActivity(OutboxDelivery delivery, TimeProvider time) : TaskActivity<string, CaseOutboxStep>
{
    public const string Name = "CaseOutbox";

    public override async Task<CaseOutboxStep> RunAsync(TaskActivityContext context, string caseId)
    {
        var pass = await delivery.DeliverDueAsync(caseId, CancellationToken.None);
        return CaseOutboxStep.Of(pass, time.GetUtcNow());
    }
}
