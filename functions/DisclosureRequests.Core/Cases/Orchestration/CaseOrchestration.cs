using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// The orchestration of one case (instance id = case id): in one activity it lets the case fire whatever is due and
/// delivers what the case's outbox holds, then waits on a durable timer for the next instant either of them names, or
/// on the event a committed command raises, whichever comes first, and starts over with a fresh history. It ends once the case is
/// closed and nothing more is due or waiting to be sent. It holds no business state: the case and its outbox rows
/// decide what is due, so a new release picks up every case in flight.
/// </summary>
public sealed class CaseOrchestration : TaskOrchestrator<CaseOrchestrationInput, string>
{
    public const string Name = "CaseOrchestration";
    public const string ChangedEvent = "case-changed";
    public const string Ended = "ended";

    /// <summary>After a step failed every retry (storage down for minutes): wait this long and try again, never end failed.</summary>
    public static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(5);

    private static readonly TaskOptions Retried = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, CaseOrchestrationInput input)
    {
        var caseId = input.CaseId;
        TimeSpan? wait;
        try
        {
            var (timers, outbox) = await RoundAsync(context, input);
            context.SetCustomStatus(new CaseOrchestrationStatus(timers, outbox, null));
            if (timers.Ended && outbox.NextLookAt is null) return Ended;
            wait = Earliest(timers.WaitFor, outbox.WaitFor);
        }
        catch (TaskFailedException failure)
        {
            // Retries already covered a short outage; waiting and starting over keeps the case driven through a long one.
            context.SetCustomStatus(new CaseOrchestrationStatus(null, null, failure.FailureDetails.ErrorMessage));
            wait = AfterFailure;
        }

        using var stopWaiting = new CancellationTokenSource();
        var changed = context.WaitForExternalEvent<string>(ChangedEvent, stopWaiting.Token);
        if (wait is { } delay)
            await Task.WhenAny(context.CreateTimer(delay, stopWaiting.Token), changed);
        else
            await changed;
        stopWaiting.Cancel();

        // A change raised while the step ran is waiting when this execution's successor waits; changes raised together
        // may be taken as one, which is enough, since every step reads the case as it stands.
        context.ContinueAsNew(new CaseOrchestrationInput(caseId), preserveUnprocessedEvents: true);
        return "continued";
    }

    private static async Task<CaseRound> RoundAsync(TaskOrchestrationContext context, CaseOrchestrationInput input)
    {
        if (!input.InTwoSteps) return await context.CallActivityAsync<CaseRound>(CaseStepActivity.Name, input.CaseId, Retried);
        var timers = await context.CallActivityAsync<CaseTimerStep>(CaseTimerActivity.Name, input.CaseId, Retried);
        var outbox = await context.CallActivityAsync<CaseOutboxStep>(CaseOutboxActivity.Name, input.CaseId, Retried);
        return new CaseRound(timers, outbox);
    }

    private static TimeSpan? Earliest(TimeSpan? a, TimeSpan? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;
}
