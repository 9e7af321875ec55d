using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Storage;

namespace DisclosureRequests.Functions.Cases;

/// <summary>
/// The one path by which a case changes: load it with its ETag, let the aggregate decide, write state, history and
/// outbox in one transaction.
/// </summary>
public sealed class CaseCommands(CaseStore store, WorkingDayCalendar calendar, TimeProvider time)
{
    public async Task<bool> CreateAsync(CaseState state, CaseEvent filed, CancellationToken cancellationToken) =>
        await store.TryCommitAsync(new CaseCommit(state, null, [filed], []), cancellationToken);

    public Deadline ReadClock(CaseState state)
    {
        var today = ChinaTime.Today(time);
        try
        {
            var due = calendar.AddWorkingDays(state.ReceivedOn, 20);
            var left = due >= today ? calendar.CountWorkingDays(today, due) : -calendar.CountWorkingDays(due, today);
            return new Deadline(due, left);
        }
        catch (DateOutsideCalendarException)
        {
            return new Deadline(null, null);
        }
    }
}

public sealed record Deadline(DateOnly? ReplyDueOn, int? WorkingDaysLeft);
