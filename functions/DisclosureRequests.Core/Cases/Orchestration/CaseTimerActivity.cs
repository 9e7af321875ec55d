using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Storage;
using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// One step of a case's orchestration: fires every timer of the case due by now through the workflow (at most once,
/// under the case's ETag, so a repeated activity fires nothing twice), then reads the case's next instant.
/// </summary>
public sealed class CaseTimerActivity(CaseStore store, CaseCommands commands, WorkingDayCalendars calendars, TimeProvider time)
    : TaskActivity<string, CaseTimerStep>
{
    public const string Name = "CaseTimers";

    public override async Task<CaseTimerStep> RunAsync(TaskActivityContext context, string caseId) => (await FireDueAsync(caseId)).Step;

    /// <summary>The step, with the case as it stands after it (null when there is no such case).</summary>
    public async Task<(CaseTimerStep Step, CaseState? State)> FireDueAsync(string caseId)
    {
        await calendars.RefreshAsync(force: false, CancellationToken.None);
        if (await store.LoadAsync(caseId, CancellationToken.None) is not { } loaded) return (CaseTimerStep.Closed(0), null);

        var state = loaded.State;
        var fired = 0;
        if (CaseTimers.Due(state, calendars.Current, time.GetUtcNow()).Count > 0)
        {
            var outcome = await commands.ExecuteAsync(caseId, new CaseCommand.FireDueTimers(), Actor.System, null, CancellationToken.None);
            switch (outcome)
            {
                case CommandOutcome.Applied applied:
                    fired = applied.State.FiredTimers.Count - state.FiredTimers.Count;
                    state = applied.State;
                    break;
                case CommandOutcome.Conflict:
                    // Busy with officers' commands: the retry policy runs the step again on fresh state.
                    throw new InvalidOperationException($"Case {caseId} kept changing while its timers fired.");
                default:
                    state = (await store.LoadAsync(caseId, CancellationToken.None))?.State ?? state;
                    break;
            }
        }
        return (Next(state, calendars.Current, time.GetUtcNow(), fired), state);
    }

    /// <summary>The next instant of a case, read from its timer plan.</summary>
    public static CaseTimerStep Next(CaseState state, DisclosureRequests.Calendar.WorkingDayCalendar calendar, DateTimeOffset now, int fired)
    {
        var plan = CaseTimers.Plan(state, calendar);
        if (plan.Armed is [var next, ..])
        {
            var wait = next.DueAt - now;
            return new CaseTimerStep(false, fired, next.DueAt, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, next.Id);
        }
        return state.IsClosed && !plan.AwaitingCalendar ? CaseTimerStep.Closed(fired) : new CaseTimerStep(false, fired, null, null, null);
    }
}
