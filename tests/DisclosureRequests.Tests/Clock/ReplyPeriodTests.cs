using DisclosureRequests.Calendar;
using DisclosureRequests.Clock;
using Microsoft.Extensions.Time.Testing;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Clock;

public class ReplyPeriodTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    // Half past midnight in Beijing is still the previous day in UTC, so a UTC date would be wrong.
    private static FakeTimeProvider ChinaMorningOf(string date) =>
        new(new DateTimeOffset(Day(date).ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(8)));

    [Theory]
    [InlineData(ReceiptChannel.InPerson)]
    [InlineData(ReceiptChannel.RegisteredPost)]
    [InlineData(ReceiptChannel.OrdinaryPost)]
    [InlineData(ReceiptChannel.Online)]
    [InlineData(ReceiptChannel.Fax)]
    public void Reply_is_due_on_the_20th_working_day_after_the_date_of_receipt(ReceiptChannel channel)
    {
        var time = ChinaMorningOf("2025-03-03");
        var receivedOn = ReceiptDate.For(channel, ChinaTime.Today(time));

        var reading = CaseClock.Start(receivedOn).Read(Official, ChinaTime.Today(time));

        Assert.Equal(Day("2025-03-03"), receivedOn);
        Assert.Equal(new ClockReading(ClockState.Running, Day("2025-03-31"), 20, null), reading);
    }

    [Fact]
    public void An_unknown_receipt_channel_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptDate.For((ReceiptChannel)99, Day("2025-03-03")));
    }

    [Theory]
    [InlineData("2025-03-08", "2025-04-07")] // a Saturday; 清明 2025-04-04 is skipped
    [InlineData("2025-10-03", "2025-11-04")] // inside 国庆节、中秋节; Saturday 10-11 is worked
    [InlineData("2025-09-26", "2025-10-30")] // just before the holiday: make-up Sunday 09-28 counts
    public void Receipt_on_a_rest_day_starts_the_count_at_the_next_working_day(string receivedOn, string dueOn)
    {
        Assert.Equal(Day(dueOn), CaseClock.Start(Day(receivedOn)).Read(Official, Day(receivedOn)).ReplyDueOn);
    }

    [Fact]
    public void Working_days_left_turn_negative_once_the_due_date_has_passed()
    {
        var clock = CaseClock.Start(Day("2025-03-03"));
        var time = ChinaMorningOf("2025-03-31");

        Assert.Equal(0, clock.Read(Official, ChinaTime.Today(time)).WorkingDaysLeft);
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(-1, clock.Read(Official, ChinaTime.Today(time)).WorkingDaysLeft);
        time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(new ClockReading(ClockState.Running, Day("2025-03-31"), -4, null), clock.Read(Official, ChinaTime.Today(time)));
    }

    [Fact]
    public void An_extension_adds_its_working_days_across_the_May_Day_make_up_Sunday()
    {
        var clock = CaseClock.Start(Day("2025-03-03")).Extend(StatutoryPeriods.MaxExtensionWorkingDays);

        Assert.Equal(Day("2025-04-28"), clock.Read(Official, Day("2025-04-01")).ReplyDueOn);
    }

    [Fact]
    public void An_Art_35_delay_makes_the_date_the_agency_set_the_due_date()
    {
        var clock = CaseClock.Start(Day("2025-03-03")).DelayTo(Day("2025-05-30"));

        var reading = clock.Read(Official, Day("2025-05-28"));

        Assert.Equal(Day("2025-05-30"), reading.ReplyDueOn);
        Assert.Equal(2, reading.WorkingDaysLeft);
        Assert.Throws<InvalidOperationException>(() => clock.DelayTo(Day("2025-06-30")));
    }

    [Fact]
    public void A_pause_that_carries_the_counted_period_past_an_Art_35_date_still_counts()
    {
        var consulted = CaseClock.Start(Day("2025-03-03"))
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-03-10")).Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-14"));

        var delayed = consulted.DelayTo(Day("2025-04-01"));

        Assert.Equal(Day("2025-04-08"), consulted.Read(Official, Day("2025-03-20")).ReplyDueOn);
        Assert.Equal(Day("2025-04-08"), delayed.Read(Official, Day("2025-03-20")).ReplyDueOn);
    }

    [Fact]
    public void The_period_can_be_extended_only_once_and_by_at_most_20_working_days()
    {
        var clock = CaseClock.Start(Day("2025-03-03"));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Extend(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Extend(21));
        Assert.Throws<InvalidOperationException>(() => clock.Extend(5).Extend(5));
    }

    [Fact]
    public void The_clarification_notice_is_due_on_the_7th_working_day_after_receipt()
    {
        Assert.Equal(Day("2025-03-12"), CaseClock.ClarificationNoticeDueOn(Official, Day("2025-03-03")));
        Assert.Equal(Day("2025-10-16"), CaseClock.ClarificationNoticeDueOn(Official, Day("2025-09-30")));
    }

    [Fact]
    public void After_clarification_the_period_runs_from_the_day_the_clarified_application_is_received()
    {
        var clock = CaseClock.Start(Day("2025-03-03"))
            .Pause(PauseKind.ThirdPartyConsultation, Day("2025-03-05"))
            .Resume(PauseKind.ThirdPartyConsultation, Day("2025-03-06"))
            .RestartAfterClarification(Day("2025-03-20"));

        Assert.Equal(Day("2025-03-20"), clock.PeriodStartsOn);
        Assert.Empty(clock.Pauses);
        Assert.Equal(Day("2025-04-18"), clock.Read(Official, Day("2025-03-20")).ReplyDueOn);
    }

    [Fact]
    public void Consultation_and_payment_deadlines_count_working_days_after_the_day_sent()
    {
        Assert.Equal(Day("2025-10-23"), CaseClock.ResponseDueOn(Official, Day("2025-09-26"), StatutoryPeriods.ThirdPartyResponseWorkingDays));
        Assert.Equal(Day("2025-10-23"), CaseClock.ResponseDueOn(Official, Day("2025-09-26"), StatutoryPeriods.OtherAgencyResponseWorkingDays));
        Assert.Equal(Day("2025-10-30"), CaseClock.ResponseDueOn(Official, Day("2025-09-26"), StatutoryPeriods.FeePaymentWorkingDays));
    }

    [Fact]
    public void A_stopped_clock_keeps_its_due_date_but_no_longer_counts_down()
    {
        var clock = CaseClock.Start(Day("2025-03-03")).Stop(Day("2025-03-20"));

        Assert.Equal(new ClockReading(ClockState.Stopped, Day("2025-03-31"), null, null), clock.Read(Official, Day("2025-04-10")));
        Assert.Throws<InvalidOperationException>(() => clock.Stop(Day("2025-03-21")));
        Assert.Throws<InvalidOperationException>(() => clock.Pause(PauseKind.FeePayment, Day("2025-03-21")));
    }

    [Fact]
    public void A_due_date_in_a_year_without_a_published_notice_is_unavailable_not_guessed()
    {
        var time = ChinaMorningOf("2026-12-15");
        var clock = CaseClock.Start(ChinaTime.Today(time));

        Assert.Equal(new ClockReading(ClockState.Running, null, null, "calendar-not-published:2027"), clock.Read(Official, ChinaTime.Today(time)));
    }

    [Fact]
    public void A_known_due_date_is_still_given_when_today_is_past_the_calendar()
    {
        var reading = CaseClock.Start(Day("2026-11-02")).Read(Official, Day("2027-01-04"));

        Assert.Equal(Official.AddWorkingDays(Day("2026-11-02"), 20), reading.ReplyDueOn);
        Assert.Null(reading.WorkingDaysLeft);
        Assert.Equal("calendar-not-published:2027", reading.Unavailable);
    }

    [Fact]
    public void A_receipt_before_the_first_covered_year_is_unavailable()
    {
        var reading = CaseClock.Start(Day("2017-12-20")).Read(Official, Day("2017-12-20"));

        Assert.Equal(new ClockReading(ClockState.Running, null, null, "calendar-not-covered:2017"), reading);
    }

    [Fact]
    public void An_agency_closure_day_moves_the_due_date()
    {
        var calendar = Official.WithClosures([Day("2025-03-14")]);

        Assert.Equal(Day("2025-04-01"), CaseClock.Start(Day("2025-03-03")).Read(calendar, Day("2025-03-03")).ReplyDueOn);
    }
}
