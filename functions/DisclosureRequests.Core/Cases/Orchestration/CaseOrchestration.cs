using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// The orchestration of one case (instance id = case id): it lets the case fire whatever is due, then waits on a
/// durable timer for the case's next instant or on the event a committed command raises, whichever comes first, and
/// starts over with a fresh history. It ends once the case is closed and nothing more is due. It holds no business
/// state: the case decides what is due, so a new release picks up every case in flight.
/// </summary>
public sealed class CaseOrchestration : TaskOrchestrator<string, string>
{
    public const string Name = "CaseOrchestration";
    public const string ChangedEvent = "case-changed";
    public const string Ended = "ended";

    private static readonly TaskOptions Retried = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string caseId)
    {
        var step = await context.CallActivityAsync<CaseTimerStep>(CaseTimerActivity.Name, caseId, Retried);
        context.SetCustomStatus(step);
        if (step.Ended) return Ended;

        using var stopWaiting = new CancellationTokenSource();
        var changed = context.WaitForExternalEvent<string>(ChangedEvent, stopWaiting.Token);
        if (step.WaitFor is { } wait)
            await Task.WhenAny(context.CreateTimer(wait, stopWaiting.Token), changed);
        else
            await changed;
        stopWaiting.Cancel();

        // A change raised while the step ran is waiting when this execution's successor waits; changes raised together
        // may be taken as one, which is enough, since every step reads the case as it stands.
        context.ContinueAsNew(caseId, preserveUnprocessedEvents: true);
        return "continued";
    }
}
