using DisclosureRequests.Calendar;

namespace DisclosureRequests.Clock;

/// <summary>
/// The reply period of one application (Art. 33): 20 working days, not counting the day it starts on, plus at
/// most one approved extension; days spent in a pause (consultations, fee payment) do not count, nor do the days on
/// which a pause began or ended, since the clock did not run for the whole of them. Under Art. 35 the agency may
/// instead set a later date of its own (<see cref="DelayedTo"/>), which the counted period cannot bring forward.
/// </summary>
public sealed record CaseClock(DateOnly PeriodStartsOn, IReadOnlyList<ClockPause> Pauses, int ExtensionWorkingDays, DateOnly? StoppedOn)
{
    /// <summary>Art. 35: the later reply date the agency set for a reasonable but too large application.</summary>
    public DateOnly? DelayedTo { get; init; }

    private const string NotPublished = "calendar-not-published";
    private const string NotCovered = "calendar-not-covered";

    /// <summary>Starts the period on the date of receipt (see <see cref="ReceiptDate"/>).</summary>
    public static CaseClock Start(DateOnly receivedOn) => new(receivedOn, [], 0, null);

    /// <summary>Art. 30: the 7th working day after receipt is the last day to send the one clarification notice.</summary>
    public static DateOnly ClarificationNoticeDueOn(WorkingDayCalendar c, DateOnly receivedOn) =>
        ResponseDueOn(c, receivedOn, StatutoryPeriods.ClarificationNoticeWorkingDays);

    /// <summary>The last day for a response due within <paramref name="workingDays"/> of <paramref name="sentOn"/>.</summary>
    public static DateOnly ResponseDueOn(WorkingDayCalendar c, DateOnly sentOn, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.AddWorkingDays(sentOn, workingDays);
    }

    /// <summary>As <see cref="ResponseDueOn"/>, or null when the day falls in a year the calendar does not cover yet.</summary>
    public static DateOnly? KnownResponseDueOn(WorkingDayCalendar c, DateOnly sentOn, int workingDays)
    {
        try
        {
            return ResponseDueOn(c, sentOn, workingDays);
        }
        catch (DateOutsideCalendarException e) when (e.Date > c.LastDay)
        {
            return null;
        }
    }

    /// <summary>Art. 30: the period runs afresh from the day the clarified application is received.</summary>
    public CaseClock RestartAfterClarification(DateOnly clarificationReceivedOn)
    {
        RequireNotStopped();
        RequireNotBeforeStart(clarificationReceivedOn, nameof(clarificationReceivedOn));
        return this with
        {
            PeriodStartsOn = clarificationReceivedOn,
            Pauses = Pauses.Where(p => p.StartedOn >= clarificationReceivedOn).ToArray(),
        };
    }

    public CaseClock Pause(PauseKind kind, DateOnly on)
    {
        RequireNotStopped();
        RequireNotBeforeStart(on, nameof(on));
        if (Pauses.Any(p => p.Kind == kind && p.EndedOn is null))
        {
            throw new InvalidOperationException($"The clock is already paused for {kind}.");
        }

        return this with { Pauses = [.. Pauses, new ClockPause(kind, on, null)] };
    }

    public CaseClock Resume(PauseKind kind, DateOnly on)
    {
        RequireNotStopped();
        var open = Pauses.FirstOrDefault(p => p.Kind == kind && p.EndedOn is null)
            ?? throw new InvalidOperationException($"The clock is not paused for {kind}.");
        if (on < open.StartedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(on), on, $"A pause cannot end before it began ({open.StartedOn:yyyy-MM-dd}).");
        }

        return this with { Pauses = Pauses.Select(p => ReferenceEquals(p, open) ? p with { EndedOn = on } : p).ToArray() };
    }

    /// <summary>Art. 33: one extension of at most 20 working days, approved by the head of the disclosure office.</summary>
    public CaseClock Extend(int workingDays)
    {
        RequireNotStopped();
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, StatutoryPeriods.MaxExtensionWorkingDays);
        if (ExtensionWorkingDays != 0)
        {
            throw new InvalidOperationException("The reply period has already been extended once.");
        }

        return this with { ExtensionWorkingDays = workingDays };
    }

    /// <summary>Art. 35: once, to a working day after the due date as it stands.</summary>
    public CaseClock DelayTo(DateOnly replyBy)
    {
        RequireNotStopped();
        if (DelayedTo is not null)
        {
            throw new InvalidOperationException($"The reply was already delayed to {DelayedTo:yyyy-MM-dd}.");
        }

        return this with { DelayedTo = replyBy };
    }

    public CaseClock Stop(DateOnly on)
    {
        RequireNotStopped();
        RequireNotBeforeStart(on, nameof(on));
        return this with { StoppedOn = on };
    }

    /// <summary>
    /// The period as it stands on <paramref name="today"/>. Never throws for calendar coverage: dates the calendar
    /// does not know make the reading <see cref="ClockReading.Unavailable"/> instead of a guess. A pause that began
    /// after the due date had already passed leaves the due date where it was.
    /// </summary>
    public ClockReading Read(WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var state = StoppedOn is not null ? ClockState.Stopped
            : Pauses.Any(p => p.EndedOn is null) ? ClockState.Paused
            : ClockState.Running;

        DateOnly? dueOn;
        int remaining;
        try
        {
            (dueOn, remaining) = ReplyPeriodCount.Run(
                calendar, PeriodStartsOn, StatutoryPeriods.ReplyWorkingDays + ExtensionWorkingDays, Pauses);
            if (dueOn < DelayedTo) dueOn = DelayedTo;
        }
        catch (DateOutsideCalendarException e)
        {
            return new ClockReading(state, null, null, Reason(calendar, e));
        }

        if (state == ClockState.Stopped)
        {
            return new ClockReading(state, dueOn, null, null);
        }

        if (dueOn is not { } due)
        {
            return new ClockReading(state, null, remaining, null);
        }

        try
        {
            var left = today <= due ? calendar.CountWorkingDays(today, due) : -calendar.CountWorkingDays(due, today);
            return new ClockReading(state, due, left, null);
        }
        catch (DateOutsideCalendarException e)
        {
            return new ClockReading(state, due, null, Reason(calendar, e));
        }
    }

    /// <summary>
    /// The working days of the period used up by <paramref name="today"/>, or by the day the clock stopped: those after
    /// the start and outside every pause, as <see cref="Read"/> counts them; null where the calendar does not reach.
    /// </summary>
    public int? CountedWorkingDays(WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var through = StoppedOn is { } stopped && stopped < today ? stopped : today;
        try
        {
            return ReplyPeriodCount.Counted(calendar, PeriodStartsOn, through, Pauses);
        }
        catch (DateOutsideCalendarException)
        {
            return null;
        }
    }

    private static string Reason(WorkingDayCalendar calendar, DateOutsideCalendarException e) =>
        $"{(e.Date > calendar.LastDay ? NotPublished : NotCovered)}:{e.Date.Year}";

    private void RequireNotStopped()
    {
        if (StoppedOn is not null)
        {
            throw new InvalidOperationException($"The clock stopped on {StoppedOn:yyyy-MM-dd}.");
        }
    }

    private void RequireNotBeforeStart(DateOnly on, string parameter)
    {
        if (on < PeriodStartsOn)
        {
            throw new ArgumentOutOfRangeException(parameter, on, $"The period started on {PeriodStartsOn:yyyy-MM-dd}.");
        }
    }
}
