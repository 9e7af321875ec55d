using CsCheck;
using DisclosureRequests.Calendar;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Tests.Clock;

public class ClockPropertyTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    // Leaves room for 40 + 30 + 40 working days after receipt inside the calendar.
    private static readonly Gen<DateOnly> ReceivedOn = Gen.DateOnly[Official.FirstDay, Official.LastDay.AddDays(-200)];

    [Fact]
    public void Without_pauses_the_reply_is_due_on_the_20th_working_day_plus_the_extension()
    {
        Gen.Select(ReceivedOn, Gen.Int[0, StatutoryPeriods.MaxExtensionWorkingDays]).Sample((received, extension) =>
        {
            var clock = CaseClock.Start(received);
            clock = extension == 0 ? clock : clock.Extend(extension);
            var due = clock.Read(Official, received).ReplyDueOn;
            return due == Official.AddWorkingDays(received, StatutoryPeriods.ReplyWorkingDays + extension);
        }, iter: 2_000);
    }

    [Fact]
    public void A_pause_of_k_full_working_days_moves_the_due_date_by_exactly_k_working_days()
    {
        Gen.Select(ReceivedOn, Gen.Int[1, StatutoryPeriods.ReplyWorkingDays], Gen.Int[1, 30], Gen.Enum<PauseKind>())
            .Sample((received, startsAfter, k, kind) =>
            {
                var dueWithoutPause = CaseClock.Start(received).Read(Official, received).ReplyDueOn!.Value;
                var pausedOn = Official.AddWorkingDays(received, startsAfter);
                var resumedOn = Official.AddWorkingDays(pausedOn, k - 1);
                var clock = CaseClock.Start(received).Pause(kind, pausedOn).Resume(kind, resumedOn);

                return clock.Read(Official, resumedOn).ReplyDueOn == Official.AddWorkingDays(dueWithoutPause, k);
            }, iter: 2_000);
    }

    [Fact]
    public void Two_overlapping_pauses_count_once()
    {
        Gen.Select(ReceivedOn, Gen.Int[1, 15], Gen.Int[0, 20], Gen.Int[0, 20]).Sample((received, startsAfter, firstDays, secondDays) =>
        {
            var start = Official.AddWorkingDays(received, startsAfter);
            var firstEnd = start.AddDays(firstDays);
            var secondEnd = start.AddDays(secondDays);
            var both = CaseClock.Start(received)
                .Pause(PauseKind.ThirdPartyConsultation, start)
                .Pause(PauseKind.OtherAgencyConsultation, start)
                .Resume(PauseKind.ThirdPartyConsultation, firstEnd)
                .Resume(PauseKind.OtherAgencyConsultation, secondEnd);
            var longest = CaseClock.Start(received)
                .Pause(PauseKind.ThirdPartyConsultation, start)
                .Resume(PauseKind.ThirdPartyConsultation, firstEnd > secondEnd ? firstEnd : secondEnd);

            return both.Read(Official, received).ReplyDueOn == longest.Read(Official, received).ReplyDueOn;
        }, iter: 2_000);
    }

    [Fact]
    public void While_running_the_working_days_left_reach_zero_on_the_due_date()
    {
        Gen.Select(ReceivedOn, Gen.Int[0, 60]).Sample((received, daysLater) =>
        {
            var today = received.AddDays(daysLater);
            var reading = CaseClock.Start(received).Read(Official, today);
            var due = reading.ReplyDueOn!.Value;
            var expected = today <= due ? Official.CountWorkingDays(today, due) : -Official.CountWorkingDays(due, today);
            return reading.State == ClockState.Running && reading.WorkingDaysLeft == expected
                && (today != due || expected == 0);
        }, iter: 2_000);
    }
}
