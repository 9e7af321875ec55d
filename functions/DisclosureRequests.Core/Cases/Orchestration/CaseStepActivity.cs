using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// One round of a case's orchestration as one activity: fires what is due, then delivers what the outbox holds, so
/// that a round costs the task hub one activity and two orchestration episodes instead of two and three.
/// </summary>
public sealed class CaseStepActivity(
    CaseStore store, CaseCommands commands, WorkingDayCalendars calendars, OutboxDelivery delivery, TimeProvider time)
    : TaskActivity<string, CaseRound>
{
    public const string Name = "CaseStep";

    public override async Task<CaseRound> RunAsync(TaskActivityContext context, string caseId)
    {
        // Timers first: a timer that fires may leave a letter in the outbox, and the same round sends it, reading the
        // case as the timers left it.
        var (timers, state) = await new CaseTimerActivity(store, commands, calendars, time).FireDueAsync(caseId);
        var pass = await delivery.DeliverDueAsync(caseId, state, CancellationToken.None);
        return new CaseRound(timers, CaseOutboxStep.Of(pass, time.GetUtcNow()));
    }
}
