using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// The <c>DeadlineSweep</c> timer function (every minute): finds due rows in the timer index, lets each case fire
/// whatever is due (at most once, under its ETag), finishes after-commit work a crash may have left, then removes
/// the rows. Where the host runs the case orchestrations, their durable timers fire the cases' timers, and the sweep
/// only signals the case's orchestration instead: that repairs a signal a crash lost, or an orchestration that failed
/// or was lost with its task hub; the orchestrations deliver the outboxes too, so cases the outbox's retry index still
/// names are handed to them. After downtime every missed row is still there, so each missed timer fires once on the
/// next run.
/// First it writes the cases of applications an instance received and numbered but stopped before registering, takes
/// up a calendar year published on another instance (finishing its re-planning if a crash cut it short) and re-arms
/// the cases that were waiting for a calendar year a new release has added.
/// </summary>
public sealed class DeadlineSweep(
    DueTimerIndex index, CaseStore store, CaseCommands commands, OutboxDelivery delivery, WorkingDayCalendars calendars, CalendarReplanning replanning,
    Intake.ApplicationRegistrar registrar, TimeProvider time, ILogger<DeadlineSweep> logger) : IFunctionHandler
{
    private const int MaxRetryCasesPerRun = 100;
    private const int MaxRegistrationsPerRun = 1000;

    public string FunctionName => FunctionCatalog.DeadlineSweep;

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var registered = await registrar.RegisterLeftOversAsync(MaxRegistrationsPerRun, cancellationToken);
        await calendars.RefreshAsync(force: false, cancellationToken);
        var rearmed = await replanning.CatchUpAsync(calendars.InForce, cancellationToken);
        await foreach (var caseId in index.AwaitingNewerCalendarAsync(cancellationToken))
        {
            if (await store.LoadAsync(caseId, cancellationToken) is not { } loaded) continue;
            await index.RearmAsync(loaded.State, now, cancellationToken);
            if (invocation.Orchestrations is { } waiting) await waiting.SignalAsync(caseId, cancellationToken);
            rearmed++;
        }

        var rows = new List<DueTimerRow>();
        await foreach (var row in index.DueAsync(now, cancellationToken)) rows.Add(row);

        var fired = 0;
        var signalled = 0;
        var failed = 0;
        foreach (var group in rows.GroupBy(r => r.CaseId))
        {
            try
            {
                if (invocation.Orchestrations is { } orchestrations)
                {
                    await orchestrations.SignalAsync(group.Key, cancellationToken);
                    signalled++;
                    if (group.Any(IsChange)) await commands.RefreshAsync(group.Key, cancellationToken);
                }
                else
                {
                    var outcome = await commands.ExecuteAsync(group.Key, new CaseCommand.FireDueTimers(), Actor.System, null, cancellationToken);
                    if (outcome is CommandOutcome.Applied) fired++;
                    else if (group.Any(IsChange)) await commands.RefreshAsync(group.Key, cancellationToken);
                }
                foreach (var row in group) await index.RemoveAsync(row, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage or the task hub failing for one case must not stop the sweep, nor the letters' retries after it.
                failed++;
                logger.LogWarning(e, "Sweep of case {CaseId} failed; its rows stay for the next run", group.Key);
            }
        }
        var retried = invocation.Orchestrations is { } delivering
            ? await delivery.HandOverDueRetriesAsync(delivering, MaxRetryCasesPerRun, cancellationToken)
            : await delivery.DeliverDueRetriesAsync(MaxRetryCasesPerRun, cancellationToken);
        var summary = new SweepSummary(rows.Count, rows.Select(r => r.CaseId).Distinct().Count(), fired, failed, retried, rearmed)
        {
            CasesSignalled = signalled,
            ApplicationsRegistered = registered,
        };
        return new FunctionResult([$"DeadlineSweep: {summary.ApplicationsRegistered} received applications registered, {summary.Rows} rows, {summary.Cases} cases, {summary.CasesFired} fired, {summary.CasesSignalled} signalled, " +
                                   $"{summary.Failed} failed, {summary.MessagesRetried} messages retried, {summary.CasesRearmed} re-armed for a new calendar year"], summary);
    }

    private static bool IsChange(DueTimerRow row) => row.RowKey.Contains($"|{DueTimerIndex.ChangedHint}-");
}

public sealed record SweepSummary(int Rows, int Cases, int CasesFired, int Failed, int MessagesRetried, int CasesRearmed)
{
    /// <summary>Cases whose orchestration was told to fire their due timers.</summary>
    public int CasesSignalled { get; init; }

    /// <summary>Applications received and numbered whose case an instance had not written.</summary>
    public int ApplicationsRegistered { get; init; }
}
