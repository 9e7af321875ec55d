using DisclosureRequests.Calendar;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

/// <summary>
/// The timers a case needs are derived from its state, not stored beside it: whatever changes the state changes its
/// timers, and a timer is fired at most once because its id is recorded in <see cref="CaseState.FiredTimers"/>.
/// </summary>
public static class CaseTimers
{
    public static readonly int[] ReminderWorkingDaysLeft = [5, 2, 1];
    private const int OfficeHour = 9;

    public static IReadOnlyList<CaseTimer> Armed(CaseState state, WorkingDayCalendar calendar) => Plan(state, calendar).Armed;

    /// <summary>
    /// The timers still to fire, and whether some timer of this open case needs a date the calendar does not cover
    /// yet: its reminders and the overdue escalation can be armed only once the next year's notice is added.
    /// </summary>
    public static TimerPlan Plan(CaseState state, WorkingDayCalendar calendar)
    {
        var (timers, awaitingCalendar) = Derive(state, calendar);
        return new TimerPlan(timers.Where(t => !state.FiredTimers.Contains(t.Id)).OrderBy(t => t.DueAt).ToArray(), awaitingCalendar);
    }

    public static IReadOnlyList<CaseTimer> Due(CaseState state, WorkingDayCalendar calendar, DateTimeOffset now) =>
        Armed(state, calendar).Where(t => t.DueAt <= now).ToArray();

    private static (List<CaseTimer> Timers, bool AwaitingCalendar) Derive(CaseState state, WorkingDayCalendar calendar)
    {
        var timers = new List<CaseTimer>();
        if (state.IsClosed) return (timers, false);
        var awaitingCalendar = false;
        Try(() =>
        {
            // Art. 30: the clarification notice must go out within 7 working days; remind on the 5th.
            if (state.Status == CaseStatus.Received && state.Clarification is null)
                timers.Add(new CaseTimer("clarification-window-reminder", TimerKind.ClarificationWindowReminder,
                    Dates.StartOf(calendar.AddWorkingDays(state.ReceivedOn, 5), OfficeHour)));
        }, ref awaitingCalendar);
        var reading = state.ReadClock(calendar, state.ReceivedOn);
        if (reading is { State: ClockState.Running, Unavailable: not null }) awaitingCalendar = true;
        if (reading is { State: ClockState.Running, ReplyDueOn: { } due })
            Try(() =>
            {
                foreach (var left in ReminderWorkingDaysLeft)
                    timers.Add(new CaseTimer($"reply-reminder-{left}@{Dates.Format(due)}", TimerKind.ReplyReminder,
                        Dates.StartOf(WorkingDaysBefore(calendar, due, left), OfficeHour), WorkingDaysLeft: left));
                timers.Add(new CaseTimer($"overdue@{Dates.Format(due)}", TimerKind.OverdueEscalation, Dates.StartOf(due.AddDays(1))));
            }, ref awaitingCalendar);
        // A time limit set while its last day's year was unpublished is counted from the day it was set, once it is.
        // A letter still to be served sets no time limit yet: nothing lapses before the recipient could have read it.
        if (state is { Status: CaseStatus.AwaitingClarification, Clarification: { AnsweredOn: null, PeriodStartsOn: { } askedOn } clarification })
            Try(() =>
            {
                var replyBy = clarification.ReplyBy ?? calendar.AddWorkingDays(askedOn,
                    clarification.ReplyWithinWorkingDays ?? StatutoryPeriods.DefaultClarificationReplyWorkingDays);
                timers.Add(new CaseTimer($"clarification-lapse@{Dates.Format(replyBy)}", TimerKind.ClarificationLapse, Dates.StartOf(replyBy.AddDays(1))));
            }, ref awaitingCalendar);
        if (state is { Status: CaseStatus.AwaitingFeePayment, Fee: { PaidOn: null, PeriodStartsOn: { } noticedOn } fee })
            Try(() =>
            {
                var payBy = fee.PayBy ?? calendar.AddWorkingDays(noticedOn, StatutoryPeriods.FeePaymentWorkingDays);
                timers.Add(new CaseTimer($"fee-lapse@{Dates.Format(payBy)}", TimerKind.FeeLapse, Dates.StartOf(payBy.AddDays(1))));
            }, ref awaitingCalendar);
        foreach (var consultation in state.Consultations.Where(c => c is { IsOpen: true, PeriodStartsOn: not null }))
            Try(() =>
            {
                var respondBy = consultation.RespondBy ?? calendar.AddWorkingDays(consultation.PeriodStartsOn!.Value, consultation.ResponseWorkingDays);
                timers.Add(new CaseTimer($"consultation-silence-{consultation.Id}", TimerKind.ConsultationSilence,
                    Dates.StartOf(respondBy.AddDays(1)), consultation.Id));
            }, ref awaitingCalendar);
        return (timers, awaitingCalendar);
    }

    /// <summary>The working day on which exactly <paramref name="left"/> working days remain until <paramref name="due"/>.</summary>
    private static DateOnly WorkingDaysBefore(WorkingDayCalendar calendar, DateOnly due, int left) =>
        calendar.AddWorkingDays(calendar.FirstDay, calendar.CountWorkingDays(calendar.FirstDay, due) - left);

    // A date the calendar does not cover yet arms no timer; the timer appears once the year's notice is added.
    private static void Try(Action derive, ref bool awaitingCalendar)
    {
        try
        {
            derive();
        }
        catch (DateOutsideCalendarException)
        {
            awaitingCalendar = true;
        }
    }
}
