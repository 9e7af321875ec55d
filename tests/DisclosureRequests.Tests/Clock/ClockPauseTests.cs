using DisclosureRequests.Calendar;
using DisclosureRequests.Clock;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Clock;

public class ClockPauseTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;
    private static readonly CaseClock ReceivedMonday3March2025 = CaseClock.Start(Day("2025-03-03"));

    [Theory]
    [InlineData(PauseKind.ThirdPartyConsultation)]
    [InlineData(PauseKind.OtherAgencyConsultation)]
    [InlineData(PauseKind.FeePayment)]
    public void A_pause_freezes_the_count_and_its_first_and_last_days_do_not_count(PauseKind kind)
    {
        var paused = ReceivedMonday3March2025.Pause(kind, Day("2025-03-10"));
        var resumed = paused.Resume(kind, Day("2025-03-14"));

        Assert.Equal(new ClockReading(ClockState.Paused, null, 16, null), paused.Read(Official, Day("2025-03-12")));
        Assert.Equal(new ClockReading(ClockState.Paused, null, 16, null), paused.Read(Official, Day("2025-05-12")));
        Assert.Equal(new ClockReading(ClockState.Running, Day("2025-04-08"), 16, null), resumed.Read(Official, Day("2025-03-14")));
    }

    [Fact]
    public void Overlapping_pauses_stop_the_clock_once_from_the_first_start_to_the_last_end()
    {
        var clock = ReceivedMonday3March2025
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-03-10"))
            .Pause(PauseKind.OtherAgencyConsultation, Day("2025-03-12"))
            .Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-14"));

        Assert.Equal(ClockState.Paused, clock.Read(Official, Day("2025-03-17")).State);
        Assert.Equal(16, clock.Read(Official, Day("2025-03-17")).WorkingDaysLeft);

        clock = clock.Resume(PauseKind.OtherAgencyConsultation, Day("2025-03-19"));

        Assert.Equal(Day("2025-04-11"), clock.Read(Official, Day("2025-03-19")).ReplyDueOn);
    }

    [Fact]
    public void A_pause_that_begins_on_a_holiday_costs_only_the_working_day_it_ends_on()
    {
        var received = CaseClock.Start(Day("2025-09-22"));
        var clock = received
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-10-01"))
            .Resume(PauseKind.ThirdPartyConsultation, Day("2025-10-09"));

        Assert.Equal(Day("2025-10-24"), received.Read(Official, Day("2025-09-22")).ReplyDueOn);
        Assert.Equal(Day("2025-10-27"), clock.Read(Official, Day("2025-10-09")).ReplyDueOn);
    }

    [Fact]
    public void A_pause_begun_on_the_due_date_moves_it_because_that_day_was_not_whole()
    {
        var clock = ReceivedMonday3March2025
            .Pause(PauseKind.FeePayment, Day("2025-03-31"))
            .Resume(PauseKind.FeePayment, Day("2025-04-02"));

        Assert.Equal(Day("2025-04-03"), clock.Read(Official, Day("2025-04-02")).ReplyDueOn);
    }

    [Fact]
    public void A_pause_begun_after_the_due_date_leaves_the_case_overdue()
    {
        var clock = ReceivedMonday3March2025.Pause(PauseKind.OtherAgencyConsultation, Day("2025-04-02"));

        Assert.Equal(new ClockReading(ClockState.Paused, Day("2025-03-31"), -2, null), clock.Read(Official, Day("2025-04-02")));
    }

    [Fact]
    public void A_pause_on_the_day_of_receipt_costs_nothing_more_than_its_last_day()
    {
        var clock = ReceivedMonday3March2025
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-03-03"))
            .Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-04"));

        Assert.Equal(Day("2025-04-01"), clock.Read(Official, Day("2025-03-04")).ReplyDueOn);
    }

    [Fact]
    public void A_paused_reading_is_unavailable_when_the_pause_begins_outside_the_calendar()
    {
        var clock = CaseClock.Start(Day("2026-12-30")).Pause(PauseKind.FeePayment, Day("2027-01-05"));

        Assert.Equal("calendar-not-published:2027", clock.Read(Official, Day("2027-01-06")).Unavailable);
    }

    [Fact]
    public void Pausing_and_resuming_are_refused_when_they_make_no_sense()
    {
        var paused = ReceivedMonday3March2025.Pause(PauseKind.FeePayment, Day("2025-03-10"));

        Assert.Throws<InvalidOperationException>(() => paused.Pause(PauseKind.FeePayment, Day("2025-03-11")));
        Assert.Throws<InvalidOperationException>(() => paused.Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-11")));
        Assert.Throws<ArgumentOutOfRangeException>(() => paused.Resume(PauseKind.FeePayment, Day("2025-03-07")));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceivedMonday3March2025.Pause(PauseKind.FeePayment, Day("2025-03-02")));
    }

    [Fact]
    public void A_clock_stopped_during_a_pause_has_no_due_date()
    {
        var clock = ReceivedMonday3March2025.Pause(PauseKind.FeePayment, Day("2025-03-10")).Stop(Day("2025-03-20"));

        Assert.Equal(new ClockReading(ClockState.Stopped, null, null, null), clock.Read(Official, Day("2025-03-20")));
    }
}
